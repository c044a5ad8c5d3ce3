using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Skos;

public sealed partial class SkosImporter
{
    private async Task<ConceptScheme> ResolveSchemeAsync(long organisationId, SkosDocument document, SkosImportOptions options, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        ConceptScheme? scheme;
        var schemes = document.Schemes;
        var fileScheme = schemes.Count > 0 ? schemes[0] : null;
        if (options.SchemeId is long id)
        {
            scheme = await db.ConceptSchemes.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == organisationId, ct)
                ?? throw new ValidationFailedException([new FieldError("scheme", "scheme.unknown", "Kies een thesaurus van deze organisatie.", "Choose a thesaurus of this organisation.")]);
        }
        else
        {
            var uri = fileScheme?.Uri ?? "";
            scheme = uri.Length == 0 ? null
                : await db.ConceptSchemes.Where(s => s.OrganisationId == organisationId && s.Uri == uri).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        }
        if (scheme is null)
        {
            var titleNl = fileScheme is null ? "" : SkosMapping.Title(fileScheme, SkosMapping.Dutch);
            var titleEn = fileScheme is null ? "" : SkosMapping.Title(fileScheme, SkosMapping.English);
            scheme = new ConceptScheme
            {
                OrganisationId = organisationId,
                Uri = fileScheme?.Uri ?? "",
                TitleNl = titleNl.Length > 0 ? titleNl : titleEn.Length > 0 ? titleEn : options.FallbackTitle.Length > 0 ? options.FallbackTitle : "Geïmporteerde thesaurus",
                TitleEn = titleEn,
                Purpose = options.Purpose ?? ThesaurusPurpose.General,
                CreatedAt = clock.GetUtcNow(),
            };
            db.ConceptSchemes.Add(scheme);
        }
        else if (options.Purpose is { } purpose)
        {
            scheme.Purpose = purpose;
        }
        await db.SaveChangesAsync(ct);
        return scheme;
    }
}
