using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

internal static class AuthorityRules
{
    public static IReadOnlyList<FieldError> Validate(Agent a) =>
        string.IsNullOrWhiteSpace(a.Name)
            ? [new FieldError("name", "name.required", "Vul een naam in.", "Enter a name.")]
            : [];

    public static IReadOnlyList<FieldError> Validate(Place p) =>
        string.IsNullOrWhiteSpace(p.Name)
            ? [new FieldError("name", "name.required", "Vul een naam in.", "Enter a name.")]
            : [];

    public static async Task ValidateAsync(DepotDbContext db, long organisationId, Concept c, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(c.PrefLabelNl))
            errors.Add(new FieldError("prefLabelNl", "label.required", "Vul de Nederlandse voorkeursterm in.", "Enter the Dutch preferred label."));
        if (!await db.ConceptSchemes.AnyAsync(s => s.Id == c.SchemeId && s.OrganisationId == organisationId, ct))
            errors.Add(new FieldError("scheme", "scheme.unknown", "Kies een thesaurus van deze organisatie.", "Choose a thesaurus of this organisation."));
        if (c.BroaderId is long broader && (broader == c.Id ||
            !await db.Concepts.AnyAsync(x => x.Id == broader && x.OrganisationId == organisationId && !x.IsDeleted, ct)))
            errors.Add(new FieldError("broader", "broader.unknown", "De bredere term bestaat niet in deze organisatie.", "The broader term does not exist in this organisation."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    public static async Task ValidateAsync(DepotDbContext db, long organisationId, Location l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(l.Name))
            errors.Add(new FieldError("name", "name.required", "Vul een naam in.", "Enter a name."));
        if (l.ParentId is long parentId)
        {
            // The parent must be a location of this organisation, and the tree must stay a tree.
            var tree = await db.Locations.AsNoTracking().Where(x => x.OrganisationId == organisationId && !x.IsDeleted)
                .Select(x => new { x.Id, x.ParentId }).ToDictionaryAsync(x => x.Id, x => x.ParentId, ct);
            if (!tree.ContainsKey(parentId))
                errors.Add(new FieldError("parent", "parent.unknown", "De bovenliggende standplaats bestaat niet.", "The parent location does not exist."));
            else if (LocationRules.WouldCycle(l.Id, parentId, id => tree.GetValueOrDefault(id)))
                errors.Add(new FieldError("parent", "parent.cycle", "Een standplaats kan niet in zichzelf liggen.", "A location cannot be inside itself."));
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
