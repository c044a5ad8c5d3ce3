using Depot.Core.Network;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Sources;

/// <summary>A source with the organisation it belongs to, for the platform's overview.</summary>
public sealed record PlatformSource(HarvestSource Source, string OrganisationSlug, string OrganisationName);

/// <summary>Reading the health: runs of a source, and every organisation's sources for the platform.</summary>
public sealed partial class SourceStore
{
    /// <summary>The most recent runs of one source of the organisation, newest first.</summary>
    public async Task<IReadOnlyList<HarvestRun>> RunsAsync(long organisationId, long sourceId, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.HarvestRuns.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.SourceId == sourceId)
            .OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
    }

    public async Task<HarvestRun?> FindRunByJobAsync(long organisationId, long jobId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.HarvestRuns.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.JobId == jobId)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every organisation's sources, flagged ones first, then failing ones, then by organisation and name. Only for the platform pages.</summary>
    public async Task<IReadOnlyList<PlatformSource>> ListPlatformAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var rows = await (from s in db.HarvestSources.AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
                          select new { Source = s, o.Slug, o.Name }).ToListAsync(ct);
        return rows
            .OrderByDescending(r => r.Source.Flagged)
            .ThenByDescending(r => r.Source.ConsecutiveFailures > 0)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ThenBy(r => r.Source.Name, StringComparer.CurrentCulture)
            .Select(r => new PlatformSource(r.Source, r.Slug, r.Name)).ToList();
    }
}
