using System.Text;

namespace Router.Benchmarks;

/// <summary>
/// Deterministic texts of about 1 KB and 8 KB (UTF-8 bytes) in English, Chinese and both mixed, with the odd
/// identifier and credential so the detectors do real work. Synthetic values only.
/// </summary>
internal static class SampleTexts
{
    private static readonly string[] English =
    [
        "Please review the quarterly report and summarise the main risks for the board. ",
        "Contact alice.martin@example.com or call +44 20 7946 0958 if the numbers look wrong. ",
        "The deployment failed with error 0x80070005 after upgrading to version 2.3.15 on 2024-03-01. ",
        "Explain why the cache hit ratio dropped and propose three fixes with their trade-offs. ",
        "Order number 20231118000123 shipped; invoice INV-2024-000871 is attached for reference. ",
        "Card 4111 1111 1111 1111 was declined; the customer asked for a refund by bank transfer. ",
    ];

    private static readonly string[] Chinese =
    [
        "请审阅本季度报告,并为董事会总结主要风险。",
        "如果数据有误,请联系张伟,手机 13812345678,邮箱 zhang.wei@example.cn。",
        "升级到 2.3.15 版本后部署失败,错误码 0x80070005。",
        "客户身份证号 11010519491231002X 的信息需要核对后再提交。",
        "请解释缓存命中率下降的原因,并提出三个改进方案及其权衡。",
        "订单号 20231118000123 已发货,发票号 INV-2024-000871 见附件。",
    ];

    // Records that name private people: every personal-data cue fires, so names are searched (the worst case).
    private static readonly string[] Records =
    [
        "Discharge summary: patient Laura Bennett, 64, admitted with pneumonia, discharged on amoxicillin 500 mg. ",
        "Payroll note: employee Daniel Ortiz, base salary $84,000, bonus $6,500 paid in March. ",
        "Complaint from customer Helen Park, 12 Willow Road, Leeds LS6 2AB: the parcel was left outside. ",
        "出院小结：患者李建华，男，58岁，因冠心病入院，术后服用阿司匹林。",
        "贷款记录：借款人王晓明，贷款金额30万元，已逾期45天。",
        "投诉记录：客户陈丽，家住上海市徐汇区漕溪北路88号3号楼502室。",
    ];

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en-1KB"] = Build(English, 1024),
        ["en-8KB"] = Build(English, 8192),
        ["zh-1KB"] = Build(Chinese, 1024),
        ["zh-8KB"] = Build(Chinese, 8192),
        ["mixed-1KB"] = Build([.. English, .. Chinese], 1024),
        ["mixed-8KB"] = Build([.. English, .. Chinese], 8192),
        ["records-1KB"] = Build(Records, 1024),
        ["records-8KB"] = Build(Records, 8192),
    };

    public static double Kilobytes(string name) => Encoding.UTF8.GetByteCount(All[name]) / 1024.0;

    private static string Build(string[] sentences, int bytes)
    {
        var text = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; i++)
        {
            text.Append(sentences[i % sentences.Length]);
        }

        return text.ToString();
    }
}
