using Depot.Core;
using Depot.Storage.Database;
using Depot.Storage.Merges;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Authorities;

/// <summary>
/// How many objects use an agent, concept or place, for its detail page. It reads the index rows
/// the search keeps (<c>object_terms</c>: makers, materials, techniques, subjects; the object-name
/// column) instead of every object of the organisation, then checks those few candidates with
/// <see cref="ObjectReferences"/>, because subject rows do not say whether their id is an agent, a
/// place or a concept. References without an index row (acquisition source and method, condition)
/// are not counted here; a merge still finds and moves them.
/// </summary>
public sealed class AuthorityUse(DepotDatabase database)
{
    public async Task<int> ObjectCountAsync(long organisationId, RecordType type, long id, CancellationToken ct)
    {
        // Rows whose facet names the kind of record: counted in SQL.
        TermFacet[] facets = type switch
        {
            RecordType.Agent => [TermFacet.Maker],
            RecordType.Concept => [TermFacet.Material, TermFacet.Technique],
            _ => [],
        };
        await using var db = database.CreateContext();
        var live = db.Objects.Where(o => o.OrganisationId == organisationId && !o.IsDeleted);
        var sure = db.ObjectTerms.Where(t => t.OrganisationId == organisationId && t.ValueId == id && facets.Contains(t.Facet)).Select(t => t.ObjectId);
        if (type == RecordType.Concept)
            sure = sure.Union(db.Objects.Where(o => o.OrganisationId == organisationId && o.ObjectNameId == id).Select(o => o.Id));
        var counted = await live.CountAsync(o => sure.Contains(o.Id), ct);

        // Subject rows hold agent, place and concept ids alike: check the few other candidates one by one.
        var subjects = db.ObjectTerms.Where(t => t.OrganisationId == organisationId && t.ValueId == id && t.Facet == TermFacet.Subject).Select(t => t.ObjectId);
        var maybe = await live.AsNoTracking().Where(o => subjects.Contains(o.Id) && !sure.Contains(o.Id)).ToListAsync(ct);
        // Rewriting an id onto itself changes nothing, but says whether the object holds it in a role of this kind.
        return counted + maybe.Count(o => ObjectReferences.Rewrite(o, type, id, id));
    }
}
