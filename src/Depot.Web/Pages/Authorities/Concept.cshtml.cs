using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Depot.Storage.Merges;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Authorities;

/// <summary>One concept: labels, hierarchy, mappings, the objects that use it, and merging a duplicate into it.</summary>
public sealed class ConceptModel(RecordStore records, DepotDatabase database, AuthorityUse use, RecordMerger merger) : OrganisationPageModel
{
    [FromRoute] public long Id { get; set; }

    public Concept Concept { get; private set; } = null!;
    public ConceptScheme Scheme { get; private set; } = null!;
    public Concept? Broader { get; private set; }
    public IReadOnlyList<Concept> Narrower { get; private set; } = [];
    public IReadOnlyList<Concept> Others { get; private set; } = [];
    public IReadOnlyList<MergeRecord> Merges { get; private set; } = [];
    public int ObjectCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Concept = await records.GetAsync<Concept>(OrganisationId, Id, ct, includeDeleted: true);
        await using var db = database.CreateContext();
        Scheme = await db.ConceptSchemes.AsNoTracking().SingleAsync(s => s.Id == Concept.SchemeId && s.OrganisationId == OrganisationId, ct);
        if (Concept.BroaderId is long b) Broader = await records.FindAsync<Concept>(OrganisationId, b, ct);
        Narrower = await db.Concepts.AsNoTracking().Where(c => c.OrganisationId == OrganisationId && c.BroaderId == Id && !c.IsDeleted)
            .OrderBy(c => c.PrefLabelNl).Take(200).ToListAsync(ct);
        Others = await db.Concepts.AsNoTracking().Where(c => c.OrganisationId == OrganisationId && c.SchemeId == Concept.SchemeId && c.Id != Id && !c.IsDeleted)
            .OrderBy(c => c.PrefLabelNl).Take(1000).ToListAsync(ct);
        ObjectCount = await use.ObjectCountAsync(OrganisationId, RecordType.Concept, Id, ct);
        Merges = await merger.ListForAsync(OrganisationId, RecordType.Concept, Id, ct);
        return Page();
    }
}
