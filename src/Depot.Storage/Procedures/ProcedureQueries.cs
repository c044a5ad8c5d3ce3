using Depot.Core;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Procedures;

/// <summary>One page of procedures and how many match in all.</summary>
public sealed record ProcedurePage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The figures on the procedures overview.</summary>
public sealed record ProcedureCounts(int OpenEntries, int ProposedAcquisitions, int ActiveLoans, int OverdueLoans, int ConditionChecks, int PlannedExits);

/// <summary>An object as procedures show it: number, title, collection status.</summary>
public sealed record ProcedureObjectRow(long Id, string ObjectNumber, string Title, CollectionStatus CollectionStatus);

/// <summary>One procedure an object takes part in, for the object page.</summary>
public sealed record ObjectProcedure(RecordType Type, long Id, string Number, DateOnly? Date, string Status, bool Overdue);

/// <summary>Lists, counts and look-ups for the procedure pages; every method is scoped to one organisation.</summary>
public sealed class ProcedureQueries(DepotDatabase database)
{
    public const int PageSize = 25;

    /// <summary>A page of one procedure type; <paramref name="filter"/> narrows, <paramref name="order"/> sorts (ties by number).</summary>
    public async Task<ProcedurePage<T>> ListAsync<T>(long organisationId, Func<IQueryable<T>, IQueryable<T>> filter,
        Func<IQueryable<T>, IOrderedQueryable<T>> order, int page, CancellationToken ct) where T : class, IProcedure
    {
        await using var db = database.CreateContext();
        var query = filter(db.Set<T>().AsNoTracking().Where(r => r.OrganisationId == organisationId && !r.IsDeleted));
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await order(query).ThenBy(r => r.Number).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new ProcedurePage<T>(items, total, page, PageSize);
    }

    public async Task<ProcedureCounts> CountsAsync(long organisationId, DateOnly today, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var loans = db.Set<Loan>().Where(l => l.OrganisationId == organisationId && !l.IsDeleted);
        return new ProcedureCounts(
            await db.Set<ObjectEntry>().CountAsync(e => e.OrganisationId == organisationId && !e.IsDeleted && e.Status == EntryStatus.Open, ct),
            await db.Set<ObjectAcquisition>().CountAsync(a => a.OrganisationId == organisationId && !a.IsDeleted && a.Status == AcquisitionStatus.Proposed, ct),
            await loans.CountAsync(l => l.Status == LoanStatus.Agreed || l.Status == LoanStatus.OnLoan, ct),
            await loans.CountAsync(l => l.Status == LoanStatus.OnLoan && l.EndDate < today, ct),
            await db.Set<ConditionCheck>().CountAsync(c => c.OrganisationId == organisationId && !c.IsDeleted, ct),
            await db.Set<ObjectExit>().CountAsync(x => x.OrganisationId == organisationId && !x.IsDeleted && x.Status == ExitStatus.Planned, ct));
    }

    /// <summary>The objects with these ids, in the given order; ids of other organisations are left out.</summary>
    public async Task<IReadOnlyList<ProcedureObjectRow>> ObjectsAsync(long organisationId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var db = database.CreateContext();
        var rows = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && ids.Contains(o.Id))
            .Select(o => new { o.Id, o.ObjectNumber, Title = EF.Property<string>(o, DepotDbContext.ObjectColumns.Title), o.CollectionStatus })
            .ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => new ProcedureObjectRow(r.Id, r.ObjectNumber, r.Title ?? "", r.CollectionStatus))];
    }

    /// <summary>Finds objects by number (exactly as written); returns the ids found and the numbers that are unknown.</summary>
    public async Task<(List<long> Ids, List<string> Unknown)> ResolveNumbersAsync(long organisationId, IReadOnlyList<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0) return ([], []);
        await using var db = database.CreateContext();
        var wanted = numbers.ToList();
        var found = await db.Objects.AsNoTracking()
            .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && wanted.Contains(o.ObjectNumber))
            .Select(o => new { o.Id, o.ObjectNumber }).ToListAsync(ct);
        var byNumber = found.ToDictionary(o => o.ObjectNumber, o => o.Id, StringComparer.Ordinal);
        var ids = new List<long>();
        var unknown = new List<string>();
        foreach (var n in numbers)
            if (byNumber.TryGetValue(n, out var id)) ids.Add(id);
            else unknown.Add(n);
        return (ids, unknown);
    }

    /// <summary>The numbers of these object entries.</summary>
    public async Task<IReadOnlyList<string>> EntryNumbersAsync(long organisationId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var db = database.CreateContext();
        return await db.Set<ObjectEntry>().AsNoTracking().Where(e => e.OrganisationId == organisationId && ids.Contains(e.Id))
            .OrderBy(e => e.Number).Select(e => e.Number).ToListAsync(ct);
    }

    /// <summary>Finds object entries by number; returns their ids and the numbers that are unknown.</summary>
    public async Task<(List<long> Ids, List<string> Unknown)> ResolveEntryNumbersAsync(long organisationId, IReadOnlyList<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0) return ([], []);
        await using var db = database.CreateContext();
        var wanted = numbers.ToList();
        var found = await db.Set<ObjectEntry>().AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && !e.IsDeleted && wanted.Contains(e.Number))
            .Select(e => new { e.Id, e.Number }).ToListAsync(ct);
        return ([.. found.Select(e => e.Id)], [.. numbers.Except(found.Select(e => e.Number))]);
    }

    /// <summary>Every procedure the object takes part in, newest first.</summary>
    public async Task<IReadOnlyList<ObjectProcedure>> ForObjectAsync(long organisationId, long objectId, DateOnly today, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var links = await db.Set<ProcedureObject>().AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.ObjectId == objectId).ToListAsync(ct);
        List<long> Of(RecordType t) => [.. links.Where(l => l.RecordType == t).Select(l => l.RecordId)];
        var result = new List<ObjectProcedure>();
        result.AddRange((await Load<ObjectEntry>(db, organisationId, Of(RecordType.ObjectEntry), ct))
            .Select(e => new ObjectProcedure(RecordType.ObjectEntry, e.Id, e.Number, e.EntryDate, e.Status.ToString(), false)));
        result.AddRange((await Load<ObjectAcquisition>(db, organisationId, Of(RecordType.Acquisition), ct))
            .Select(a => new ObjectProcedure(RecordType.Acquisition, a.Id, a.Number, a.Date, a.Status.ToString(), false)));
        result.AddRange((await Load<Loan>(db, organisationId, Of(RecordType.Loan), ct))
            .Select(l => new ObjectProcedure(RecordType.Loan, l.Id, l.Number, l.StartDate, $"{l.Direction}.{l.Status}", LoanRules.IsOverdue(l, today))));
        result.AddRange((await Load<ConditionCheck>(db, organisationId, Of(RecordType.ConditionCheck), ct))
            .Select(c => new ObjectProcedure(RecordType.ConditionCheck, c.Id, c.Number, c.Date, "", false)));
        result.AddRange((await Load<ObjectExit>(db, organisationId, Of(RecordType.ObjectExit), ct))
            .Select(x => new ObjectProcedure(RecordType.ObjectExit, x.Id, x.Number, x.ProcedureDate, x.Status.ToString(), false)));
        return [.. result.OrderByDescending(p => p.Date).ThenByDescending(p => p.Number, StringComparer.Ordinal)];
    }

    private static async Task<List<T>> Load<T>(DepotDbContext db, long organisationId, List<long> ids, CancellationToken ct) where T : class, IProcedure =>
        ids.Count == 0 ? [] : await db.Set<T>().AsNoTracking().Where(r => r.OrganisationId == organisationId && !r.IsDeleted && ids.Contains(r.Id)).ToListAsync(ct);
}
