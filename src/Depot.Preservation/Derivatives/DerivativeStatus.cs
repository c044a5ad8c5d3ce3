using Depot.Core.Preservation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Derivatives;

/// <summary>Where the derivatives of an organisation's files stand, for screens (the object page's images).</summary>
public sealed class DerivativeStatus(DepotDatabase database)
{
    public sealed record State(DerivativeState Derivatives, string Error);

    public async Task<IReadOnlyDictionary<long, State>> OfAsync(long organisationId, IEnumerable<long> fileIds, CancellationToken ct)
    {
        var ids = fileIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<long, State>();
        await using var db = database.CreateContext();
        return await db.DigitalFiles.AsNoTracking().Where(f => f.OrganisationId == organisationId && ids.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => new State(f.Derivatives, f.DerivativeError), ct);
    }
}
