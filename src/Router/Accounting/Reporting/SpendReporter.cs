namespace Router.Accounting.Reporting;

/// <summary>
/// Dashboard aggregates. Days before today (UTC, from <see cref="TimeProvider"/>) come from daily roll-ups, rolled
/// up on demand when a day has none yet; today comes from raw rows. Savings are defined in
/// <see cref="SpendAccumulator"/>. TopRequests are the <see cref="TopRequestLimit"/> most expensive raw rows in range.
/// </summary>
internal sealed class SpendReporter(ISpendLedger ledger, IRollupStore rollups, RollupService rollupService, TimeProvider time) : ISpendReporter
{
    public const int TopRequestLimit = 20;

    public async Task<SpendReport> GetAsync(SpendReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.To < query.From)
        {
            throw new ArgumentException("The range ends before it starts.", nameof(query));
        }

        var scan = await ScanRawAsync(query, cancellationToken).ConfigureAwait(false);
        if (scan.Matching is { } matching)
        {
            // Filtered by served model: no roll-up has that key, so the whole report comes from the range's raw rows.
            return new SpendReport
            {
                Query = query,
                Totals = SpendAccumulator.Total(matching, static (a, r) => a.Add(r)),
                ByDay = [.. matching.GroupBy(r => (Day: DateOnly.FromDateTime(r.Timestamp.UtcDateTime), r.Route, r.Model)).OrderBy(g => g.Key)
                    .Select(g => new DailySpend(g.Key.Day, g.Key.Route, g.Key.Model, SpendAccumulator.Total(g, static (a, r) => a.Add(r))))],
                ByTenant = Group(matching, r => r.TenantId),
                ByModel = Group(matching, r => r.Model),
                ByRoute = Group(matching, r => r.Route),
                ByServedModel = scan.ByServedModel,
                TopRequests = scan.Top,
            };
        }

        var rows = (await CollectAsync(query, cancellationToken).ConfigureAwait(false))
            .Where(r => Matches(query, r.TenantId, r.Route, r.Model))
            .ToList();
        return new SpendReport
        {
            Query = query,
            Totals = SpendAccumulator.Total(rows, static (a, r) => a.Add(r)),
            ByDay = [.. rows.GroupBy(r => (r.Day, r.Route, r.Model)).OrderBy(g => g.Key)
                .Select(g => new DailySpend(g.Key.Day, g.Key.Route, g.Key.Model, SpendAccumulator.Total(g, static (a, r) => a.Add(r))))],
            ByTenant = Group(rows, r => r.TenantId),
            ByModel = Group(rows, r => r.Model),
            ByRoute = Group(rows, r => r.Route),
            ByServedModel = scan.ByServedModel,
            TopRequests = scan.Top,
        };
    }

    private async Task<List<DailyRollup>> CollectAsync(SpendReportQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = new List<DailyRollup>();
        var lastPastDay = query.To < today ? query.To : today.AddDays(-1);
        if (query.From <= lastPastDay)
        {
            var done = await rollups.RolledUpDaysAsync(query.From, lastPastDay, cancellationToken).ConfigureAwait(false);
            // Rows of a day without its marker are a replacement cut short; that day is rolled up again below.
            rows.AddRange((await rollups.QueryAsync(query.From, lastPastDay, query.TenantId, cancellationToken).ConfigureAwait(false))
                .Where(r => done.Contains(r.Day)));
            for (var day = query.From; day <= lastPastDay; day = day.AddDays(1))
            {
                if (!done.Contains(day))
                {
                    rows.AddRange(await rollupService.RollUpAsync(day, cancellationToken).ConfigureAwait(false));
                }
            }
        }

        if (query.To >= today)
        {
            var firstRawDay = query.From > today ? query.From : today;
            var groups = new Dictionary<(DateOnly, string, string, string), SpendAccumulator>();
            await foreach (var entry in ledger.QueryAsync(new LedgerQuery(firstRawDay, query.To, query.TenantId), cancellationToken).ConfigureAwait(false))
            {
                var key = (DateOnly.FromDateTime(entry.Timestamp.UtcDateTime), entry.TenantId, entry.Route, entry.Model);
                if (!groups.TryGetValue(key, out var accumulator))
                {
                    groups[key] = accumulator = new SpendAccumulator();
                }

                accumulator.Add(entry);
            }

            rows.AddRange(groups.Select(g => g.Value.ToRollup(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4)));
        }

        // Rolled up on demand for one tenant? RollUpAsync returns every tenant's rows, so filter again here.
        return [.. rows.Where(r => query.TenantId is null || r.TenantId == query.TenantId)];
    }

    /// <summary>One pass over the range's raw rows (the top requests need it anyway): the most expensive rows, the
    /// groups by served model, and, when filtering by served model, the matching rows themselves.</summary>
    private async Task<RawScan> ScanRawAsync(SpendReportQuery query, CancellationToken cancellationToken)
    {
        // A bounded min-heap: the range may hold many rows, only the most expensive few are kept.
        var top = new PriorityQueue<LedgerEntry, decimal>();
        var served = new SortedDictionary<string, SpendAccumulator>(StringComparer.Ordinal);
        var matching = query.ServedModel is null ? null : new List<LedgerEntry>();
        await foreach (var entry in ledger.QueryAsync(new LedgerQuery(query.From, query.To, query.TenantId), cancellationToken).ConfigureAwait(false))
        {
            if (!Matches(query, entry.TenantId, entry.Route, entry.Model))
            {
                continue;
            }

            var servedModel = ServedModelOf(entry);
            if (!served.TryGetValue(servedModel, out var accumulator))
            {
                served[servedModel] = accumulator = new SpendAccumulator();
            }

            accumulator.Add(entry);
            if (query.ServedModel is { } filter && servedModel != filter)
            {
                continue;
            }

            matching?.Add(entry);
            if (top.Count < TopRequestLimit)
            {
                top.Enqueue(entry, entry.CostUsd);
            }
            else if (top.TryPeek(out _, out var cheapest) && entry.CostUsd > cheapest)
            {
                top.EnqueueDequeue(entry, entry.CostUsd);
            }
        }

        return new RawScan(
            [.. top.UnorderedItems.Select(i => i.Element).OrderByDescending(e => e.CostUsd).ThenBy(e => e.RequestId, StringComparer.Ordinal)],
            [.. served.Select(g => new SpendGroup(g.Key, g.Value.ToTotals()))],
            matching);
    }

    /// <summary>Rows written before the ledger kept the served model count as served by their catalogue model.</summary>
    private static string ServedModelOf(LedgerEntry entry) => string.IsNullOrEmpty(entry.ServedModel) ? entry.Model : entry.ServedModel;

    private sealed record RawScan(IReadOnlyList<LedgerEntry> Top, IReadOnlyList<SpendGroup> ByServedModel, List<LedgerEntry>? Matching);

    private static SpendGroup[] Group(List<LedgerEntry> rows, Func<LedgerEntry, string> key) =>
        [.. rows.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpendGroup(g.Key, SpendAccumulator.Total(g, static (a, r) => a.Add(r))))];

    private static bool Matches(SpendReportQuery query, string tenantId, string route, string model) =>
        (query.TenantId is null || query.TenantId == tenantId)
        && (query.Route is null || query.Route == route)
        && (query.Model is null || query.Model == model);

    private static SpendGroup[] Group(List<DailyRollup> rows, Func<DailyRollup, string> key) =>
        [.. rows.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpendGroup(g.Key, SpendAccumulator.Total(g, static (a, r) => a.Add(r))))];
}
