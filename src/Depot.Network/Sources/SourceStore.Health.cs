using Depot.Core.Network;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Sources;

/// <summary>A source with its latest run and the organisation it belongs to, for the health pages.</summary>
public sealed record SourceHealth(HarvestSource Source, HarvestRun? LastRun, string OrganisationSlug, string OrganisationName);

/// <summary>Reading the health: runs of a source, an organisation's sources, and every organisation's for the platform.</summary>
public sealed partial class SourceStore
{
    /// <summary>The most recent runs of one source of the organisation, newest first.</summary>
    public async Task<IReadOnlyList<HarvestRun>> RunsAsync(long organisationId, long sourceId, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.HarvestRuns.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.SourceId == sourceId)
            .OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>The run a harvest job made (the latest, should the job have been taken over).</summary>
    public async Task<HarvestRun?> FindRunByJobAsync(long organisationId, long jobId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.HarvestRuns.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.JobId == jobId)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The organisation's sources with their latest run, by name.</summary>
    public async Task<IReadOnlyList<SourceHealth>> HealthAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return (await HealthAsync(db, db.HarvestSources.Where(s => s.OrganisationId == organisationId), ct))
            .OrderBy(h => h.Source.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Every organisation's sources, flagged ones first, then failing ones, then by organisation and name. Only for the platform pages.</summary>
    public async Task<IReadOnlyList<SourceHealth>> PlatformHealthAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return (await HealthAsync(db, db.HarvestSources, ct))
            .OrderByDescending(h => h.Source.Flagged)
            .ThenByDescending(h => h.Source.ConsecutiveFailures > 0)
            .ThenBy(h => h.OrganisationName, StringComparer.CurrentCulture)
            .ThenBy(h => h.Source.Name, StringComparer.CurrentCulture).ToList();
    }

    private static async Task<List<SourceHealth>> HealthAsync(DepotDbContext db, IQueryable<HarvestSource> sources, CancellationToken ct)
    {
        var rows = await (from s in sources.AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
                          select new { Source = s, o.Slug, o.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.Source.Id).ToList();
        var lastIds = await db.HarvestRuns.Where(r => ids.Contains(r.SourceId)).GroupBy(r => r.SourceId).Select(g => g.Max(r => r.Id)).ToListAsync(ct);
        var last = await db.HarvestRuns.AsNoTracking().Where(r => lastIds.Contains(r.Id)).ToDictionaryAsync(r => r.SourceId, ct);
        return rows.Select(r => new SourceHealth(r.Source, last.GetValueOrDefault(r.Source.Id), r.Slug, r.Name)).ToList();
    }
}
