using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Web.Api.Access;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Api.Authorities;

public sealed record ConceptSchemeInput(string? Uri, string? TitleNl, string? TitleEn, ThesaurusPurpose? Purpose = null);

public sealed record ConceptSchemeOutput(long Id, string Uri, string TitleNl, string TitleEn, ThesaurusPurpose Purpose, DateTimeOffset CreatedAt)
{
    public static ConceptSchemeOutput From(ConceptScheme s) => new(s.Id, s.Uri, s.TitleNl, s.TitleEn, s.Purpose, s.CreatedAt);
}

/// <summary>The organisation's thesauri: listed, and created by registrars. They are not versioned; their concepts are.</summary>
public static class ConceptSchemes
{
    public static void Map(RouteGroupBuilder org)
    {
        var group = org.MapGroup("/concept-schemes").WithTags("Authorities");
        group.MapGet("", async (HttpContext http, DepotDatabase database, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                await using var db = database.CreateContext();
                var schemes = await db.ConceptSchemes.AsNoTracking().Where(s => s.OrganisationId == scope.OrganisationId)
                    .OrderBy(s => s.TitleNl).ToListAsync(ct);
                return TypedResults.Ok(schemes.Select(ConceptSchemeOutput.From).ToList());
            })
            .WithName("ListConceptSchemes")
            .WithSummary("Lists the organisation's thesauri (concept schemes).")
            .Produces<List<ConceptSchemeOutput>>();

        group.MapPost("", async (ConceptSchemeInput body, HttpContext http, DepotDatabase database, TimeProvider clock, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                if (string.IsNullOrWhiteSpace(body.TitleNl))
                    throw new ValidationFailedException([new FieldError("titleNl", "title.required", "Geef de thesaurus een Nederlandse titel.", "Give the thesaurus a Dutch title.")]);
                var scheme = new ConceptScheme
                {
                    OrganisationId = scope.OrganisationId,
                    Uri = body.Uri?.Trim() ?? "",
                    TitleNl = body.TitleNl.Trim(),
                    TitleEn = body.TitleEn?.Trim() ?? "",
                    Purpose = body.Purpose ?? ThesaurusPurpose.General,
                    CreatedAt = clock.GetUtcNow(),
                };
                await using var db = database.CreateContext();
                db.ConceptSchemes.Add(scheme);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/concept-schemes", ConceptSchemeOutput.From(scheme));
            })
            .WithName("CreateConceptScheme")
            .WithSummary("Creates a thesaurus (concept scheme) in the organisation.")
            .Produces<ConceptSchemeOutput>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:long}", async (long id, ConceptSchemeInput body, HttpContext http, DepotDatabase database, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                if (string.IsNullOrWhiteSpace(body.TitleNl))
                    throw new ValidationFailedException([new FieldError("titleNl", "title.required", "Geef de thesaurus een Nederlandse titel.", "Give the thesaurus a Dutch title.")]);
                await using var db = database.CreateContext();
                var scheme = await db.ConceptSchemes.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == scope.OrganisationId, ct);
                if (scheme is null) return ApiProblems.NotFound(http);
                scheme.TitleNl = body.TitleNl.Trim();
                scheme.TitleEn = body.TitleEn?.Trim() ?? "";
                if (body.Uri is not null) scheme.Uri = body.Uri.Trim();
                if (body.Purpose is { } purpose) scheme.Purpose = purpose;
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(ConceptSchemeOutput.From(scheme));
            })
            .WithName("UpdateConceptScheme")
            .WithSummary("Changes a thesaurus' titles, URI or purpose (the field its terms serve).")
            .Produces<ConceptSchemeOutput>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        ImportConceptScheme.Map(group);
    }
}
