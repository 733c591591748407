using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Budget;

namespace Router.Tests.Accounting.Budget;

public sealed class InMemoryBudgetGuardTests : BudgetGuardContractTests
{
    private protected override IBudgetGuard CreateGuard(BudgetLimits limits, IOptions<BudgetOptions> options) =>
        new InMemoryBudgetGuard(limits, options, Time);
}
