namespace Router.Accounting.Reporting;

/// <summary>Where daily roll-ups live (table RouterDailyRollup, or the SQLite file). A day counts as rolled up
/// only once its marker is written, after its rows.</summary>
internal interface IRollupStore
{
    /// <summary>Replaces every roll-up row of the day with <paramref name="rows"/> and marks the day rolled up.</summary>
    Task ReplaceDayAsync(DateOnly day, IReadOnlyList<DailyRollup> rows, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DailyRollup>> QueryAsync(DateOnly from, DateOnly to, string? tenantId, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<DateOnly>> RolledUpDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
