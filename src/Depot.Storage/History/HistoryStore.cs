using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

/// <summary>Reads the versions of records and the organisation's change feed.</summary>
public sealed class HistoryStore(DepotDatabase database)
{
    /// <summary>All versions of one record, newest first.</summary>
    public async Task<IReadOnlyList<RecordVersion>> ListAsync(long organisationId, RecordType type, long recordId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.RecordVersions.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.RecordType == type && v.RecordId == recordId)
            .OrderByDescending(v => v.Version).ToListAsync(ct);
    }

    public async Task<RecordVersion?> GetVersionAsync(long organisationId, RecordType type, long recordId, int version, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.RecordVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.OrganisationId == organisationId && v.RecordType == type && v.RecordId == recordId && v.Version == version, ct);
    }

    /// <summary>The change feed: versions after <paramref name="afterSequence"/>, oldest first. Publishing (LDES, OAI-PMH) pages through this.</summary>
    public async Task<IReadOnlyList<RecordVersion>> ChangesAsync(long organisationId, long afterSequence, int limit, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.RecordVersions.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.Sequence > afterSequence)
            .OrderBy(v => v.Sequence).Take(limit).ToListAsync(ct);
    }
}
