namespace Router.Accounting.Budget;

/// <summary>One tenant's spend and open reservations for one UTC day. Not thread-safe: callers lock it.</summary>
internal sealed class TenantDayBudget
{
    private readonly Dictionary<long, (decimal Amount, DateTimeOffset ExpiresAt)> _reservations = [];
    private readonly Dictionary<long, decimal> _holds = [];
    private long _nextId;

    public decimal Spent { get; private set; }

    public decimal Used(DateTimeOffset now)
    {
        DropExpired(now);
        return Spent + Reserved(now) + _holds.Values.Sum();
    }

    /// <summary>This store's own open reservations, without the holds for decisions made elsewhere.</summary>
    public decimal Reserved(DateTimeOffset now)
    {
        DropExpired(now);
        return _reservations.Values.Sum(r => r.Amount);
    }

    /// <summary>
    /// Counts an amount another store is deciding on right now (a Redis reservation in flight), so a reservation
    /// made here meanwhile cannot take the same money. Ended by <see cref="EndHold"/>.
    /// </summary>
    public long Hold(decimal amount)
    {
        var id = ++_nextId;
        _holds[id] = amount;
        return id;
    }

    public void EndHold(long id) => _holds.Remove(id);

    public long? TryReserve(decimal amount, decimal limit, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        if (Used(now) + amount > limit)
        {
            return null;
        }

        var id = ++_nextId;
        _reservations[id] = (amount, expiresAt);
        return id;
    }

    /// <summary>Money spent counts even when its reservation already expired.</summary>
    public void Settle(long id, decimal actual)
    {
        _reservations.Remove(id);
        Spent += actual;
    }

    public void AddSpent(decimal amount) => Spent += amount;

    /// <summary>Moves settled spend by a correction (negative gives money back), never below zero.</summary>
    public void Revise(decimal delta) => Spent = Math.Max(0m, Spent + delta);

    public void Release(long id) => _reservations.Remove(id);

    /// <summary>Lifts spend to at least what another store last reported (used when Redis hands over).</summary>
    public void RaiseSpentTo(decimal floor) => Spent = Math.Max(Spent, floor);

    private void DropExpired(DateTimeOffset now)
    {
        foreach (var expired in _reservations.Where(r => r.Value.ExpiresAt <= now).Select(r => r.Key).ToList())
        {
            _reservations.Remove(expired);
        }
    }
}
