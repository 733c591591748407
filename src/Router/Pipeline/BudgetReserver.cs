using Router.Accounting;

namespace Router.Pipeline;

/// <summary>
/// Reserves a call's worst case (prompt tokens + max output at the chosen model's prices) before dispatch. A tenant
/// without a daily budget has nothing to reserve, so its prompt is not tokenised (the costliest step here); a
/// budgeted one prices the worst case the preparer made for the policy.
/// </summary>
internal sealed class BudgetReserver(IBudgetGuard budget, ICostCalculator costs)
{
    /// <remarks>A caller that has already gone reserves nothing. Once the budget store is asked, the reservation is not
    /// abandoned half-way (<paramref name="cancellationToken"/> is not passed on): a store that applied it but whose
    /// answer was cancelled would hold the money until its timeout.</remarks>
    public async Task<IBudgetReservation> ReserveAsync(PreparedRequest prepared, LedgerEntryFactory entries, ISpendLedger ledger,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = prepared.Request;
        var worstCase = prepared.WorstCase is { } basis
            ? costs.WorstCaseCost(prepared.Decision!.Model, basis.PromptTokens, basis.MaxCompletionTokens)
            : 0m;
        var reservation = await budget.TryReserveAsync(request.TenantId, worstCase, CancellationToken.None).ConfigureAwait(false);
        if (reservation is not null)
        {
            return reservation;
        }

        await ledger.RecordAsync(entries.Failed(prepared, "refused", "budget: daily budget exhausted"), CancellationToken.None).ConfigureAwait(false);
        throw new PipelineException(
            PipelineFailure.BudgetExhausted,
            $"The daily budget of tenant '{request.TenantId}' cannot cover this request (worst case {worstCase:0.######} USD).");
    }
}
