using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A named private person with pay, debt or account details.</summary>
internal sealed class PersonFinanceDetector : PersonAttributeDetector
{
    private static readonly CueSet FinanceCues = new(
        "salary", "salaries", "wage*", "pay", "paid", "paycheck*", "payslip*", "payroll", "bonus*", "raise", "compensation", "income",
        "earn*", "owe", "owes", "owed", "owing", "debt*", "arrears", "overdue", "past due", "balance*", "loan*", "mortgage*", "rent",
        "overdraft*", "credit limit", "credit score", "account number", "account no", "account ending", "account balance", "bank account", "savings account", "checking account", "overdrawn", "garnish*", "repay*", "installment*", "instalment*", "pension",
        "$", "£", "€", "EUR", "USD", "GBP", "RMB", "CNY",
        "工资", "薪", "奖金", "提成", "欠", "贷款", "借款", "余额", "账户", "账单", "还款", "逾期", "公积金", "社保", "收入", "房租", "租金",
        "元", "万", "存款", "分红", "报销", "绩效");

    public override string Name => "person_finance";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with pay, debt or account data";

    protected override CueSet Cues => FinanceCues;
}
