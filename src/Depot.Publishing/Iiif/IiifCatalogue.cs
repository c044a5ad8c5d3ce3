using Depot.Core;
using Depot.Core.Publishing;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Depot.Publishing.Iiif;

/// <summary>
/// Which public objects have images, per organisation, for the IIIF collections. The image rows
/// only narrow the search; what is listed comes from the public snapshots (an object whose
/// snapshot shows no image is left out).
/// </summary>
internal sealed class IiifCatalogue(DepotDatabase database, PublicationStore publication)
{
    /// <summary>The organisations (slug, name) that publish at least one object with an image.</summary>
    public async Task<IReadOnlyList<(string Slug, string Name)>> OrganisationsAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var ids = await CandidateIds(db, null).Join(db.PublishedRecords, i => i, r => r.RecordId, (i, r) => r.OrganisationId).Distinct().ToListAsync(ct);
        var rows = await db.Organisations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Slug).Select(o => new { o.Slug, o.Name }).ToListAsync(ct);
        return rows.Select(o => (o.Slug, o.Name)).ToList();
    }

    /// <summary>The organisation's id and name by its slug, or null.</summary>
    public async Task<(long Id, string Name)?> OrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var row = await db.Organisations.Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct);
        return row is null ? null : (row.Id, row.Name);
    }

    public async Task<int> CountAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await CandidateIds(db, organisationId).CountAsync(ct);
    }

    /// <summary>One page of the organisation's public objects with images, in id order.</summary>
    public async Task<IReadOnlyList<PublicObject>> PageAsync(long organisationId, int skip, int take, CancellationToken ct)
    {
        List<long> ids;
        await using (var db = database.CreateContext())
            ids = await CandidateIds(db, organisationId).OrderBy(i => i).Skip(skip).Take(take).ToListAsync(ct);
        var current = await publication.CurrentAsync(ids, ct);
        return ids.Where(current.ContainsKey).Select(i => current[i]).Where(o => o.Images.Count > 0).ToList();
    }

    /// <summary>Ids of objects that are public now and have a public image row.</summary>
    private static IQueryable<long> CandidateIds(DepotDbContext db, long? organisationId)
    {
        var published = db.PublishedRecords.Where(r => r.RecordType == RecordType.Object && r.IsPublic);
        if (organisationId is long org) published = published.Where(r => r.OrganisationId == org);
        return published.Select(r => r.RecordId).Where(id => db.ObjectImages.Any(i => i.ObjectId == id && i.IsPublic));
    }
}
