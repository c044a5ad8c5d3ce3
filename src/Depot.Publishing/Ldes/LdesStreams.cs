using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Publishing.Ldes;

/// <summary>Finds the stream a route names: <c>sector</c>, or an organisation by its slug.</summary>
internal static class LdesStreams
{
    public static async Task<LdesStream?> FindAsync(DepotDatabase database, string name, CancellationToken ct)
    {
        if (name == LdesStream.Sector) return new LdesStream(LdesStream.Sector, null, "Depot: publieke collecties van de sector");
        await using var db = database.CreateContext();
        var organisation = await db.Organisations.Where(o => o.Slug == name).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct);
        return organisation is null ? null : new LdesStream(name, organisation.Id, organisation.Name);
    }
}
