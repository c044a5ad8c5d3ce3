using Depot.Core.Registration.Authorities;
using Depot.Core.Validation;
using Depot.Interchange.Rdf;
using Depot.Interchange.Skos;
using Depot.Web.Api.Access;
using Depot.Web.Thesauri;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Api.Authorities;

public sealed record SkosImportOutput(long SchemeId, string SchemeTitle, int Created, int Updated, int Unchanged, IReadOnlyList<SkosImportWarning> Warnings)
{
    public static SkosImportOutput From(SkosImportReport r) => new(r.SchemeId, r.SchemeTitle, r.Created, r.Updated, r.Unchanged, r.Warnings);
}

public sealed record SkosImportJobOutput(long JobId, string State);

/// <summary>
/// POST a SKOS file as the body (<c>text/turtle</c> or <c>application/rdf+xml</c>): small files are
/// imported at once (200 with the report), large ones become a background job (202).
/// A browser form cannot send these content types, so no anti-forgery token is needed.
/// </summary>
public static class ImportConceptScheme
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/import", async (HttpContext http, ThesaurusImports imports, [FromQuery(Name = "purpose")] string? purposeText,
                [FromQuery] long? scheme, [FromQuery] string? fileName, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                ThesaurusPurpose? purpose = null;
                if (!string.IsNullOrEmpty(purposeText))
                    purpose = Enum.TryParse<ThesaurusPurpose>(purposeText, ignoreCase: true, out var p) && Enum.IsDefined(p) ? p
                        : throw new ValidationFailedException([new FieldError("purpose", "purpose.unknown", "Onbekend gebruik van de thesaurus.", "Unknown thesaurus purpose.")]);
                var type = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
                var name = type switch
                {
                    "text/turtle" or "application/x-turtle" => Path.ChangeExtension(fileName ?? "thesaurus", ".ttl"),
                    "application/rdf+xml" or "application/xml" or "text/xml" => Path.ChangeExtension(fileName ?? "thesaurus", ".rdf"),
                    _ => null,
                };
                if (name is null)
                    return ApiProblems.Problem(http, StatusCodes.Status415UnsupportedMediaType, "Niet-ondersteund formaat", "Unsupported format",
                        "Stuur Turtle (text/turtle) of RDF/XML (application/rdf+xml).", "Send Turtle (text/turtle) or RDF/XML (application/rdf+xml).");
                try
                {
                    var started = await imports.StartAsync(scope.OrganisationId, name, http.Request.Body, http.Request.ContentLength ?? ThesaurusImports.MaxUploadBytes,
                        new SkosImportOptions(scheme, purpose, Path.GetFileNameWithoutExtension(name)), scope.Actor, ct);
                    return started.Report is { } report
                        ? Results.Ok(SkosImportOutput.From(report))
                        : Results.Accepted($"/api/v1/organisations/{scope.Slug}/concept-schemes", new SkosImportJobOutput(started.Job!.Id, started.Job.State.ToString()));
                }
                catch (RdfSyntaxException ex)
                {
                    throw new ValidationFailedException([new FieldError("file", "rdf.syntax", "Het bestand is geen geldige thesaurus: " + ex.Message,
                        "The file is not a valid thesaurus: " + ex.Message)]);
                }
            })
            .WithName("ImportConceptScheme")
            .WithSummary("Imports a SKOS thesaurus (Turtle or RDF/XML); re-importing updates concepts in place, matched by URI.")
            .WithMetadata(new RequestSizeLimitAttribute(ThesaurusImports.MaxUploadBytes))
            .Produces<SkosImportOutput>()
            .Produces<SkosImportJobOutput>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
