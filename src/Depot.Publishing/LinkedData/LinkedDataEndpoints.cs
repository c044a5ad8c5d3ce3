using System.Text;
using Depot.Interchange.Rdf;
using Depot.Publishing.Caching;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing.LinkedData;

/// <summary>Persistent URIs (/id → 303 → /doc) and OSLO JSON-LD, Turtle and the N-Triples dump.</summary>
internal static class LinkedDataEndpoints
{
    public static IEndpointRouteBuilder MapLinkedData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/id/{type}/{key}", SeeOtherAsync)
            .WithName("LinkedDataId").WithSummary("A persistent URI: 303 See Other to the document in the requested format (HTML, JSON-LD, Turtle, N-Triples).")
            .PublicRoute();
        foreach (var format in RdfFormat.All)
            app.MapGet($"/doc/{{type}}/{{key}}.{format.Extension}",
                    (string type, string key, HttpContext http, IServiceProvider services, CancellationToken ct) => DocumentAsync(type, key, format, http, services, ct))
                .WithName("LinkedDataDoc" + format.Extension).WithSummary($"The {format.Name} document about a public object, agent, place, concept or organisation (OSLO Cultureel Erfgoed).")
                .PublicRoute();
        app.MapGet("/ld/dump.nt", (HttpContext http, IServiceProvider services, CancellationToken ct) => LinkedDataDump.WriteAsync(http, services, false, ct))
            .WithName("LinkedDataDump").WithSummary("The whole public dataset as N-Triples, streamed.")
            .RequireRateLimiting(PublicPolicies.RateLimit);
        app.MapGet("/ld/dump.nt.gz", (HttpContext http, IServiceProvider services, CancellationToken ct) => LinkedDataDump.WriteAsync(http, services, true, ct))
            .WithName("LinkedDataDumpGzip").WithSummary("The whole public dataset as gzipped N-Triples, streamed.")
            .RequireRateLimiting(PublicPolicies.RateLimit);
        return app;
    }

    private static async Task<IResult> SeeOtherAsync(string type, string key, HttpContext http, IServiceProvider services, CancellationToken ct)
    {
        http.Response.Headers.Vary = "Accept";
        var resolved = await Resolver(services).ResolveAsync(type, key, ct);
        if (resolved.Availability != PublicAvailability.Public) return NotPublic(resolved);
        var target = Negotiation.Choose(http.Request.Headers.Accept.ToString());
        if (target is null) return Results.Problem(statusCode: StatusCodes.Status406NotAcceptable,
            title: "Niet beschikbaar in dit formaat / Not available in this format",
            detail: "text/html, application/ld+json, application/json, text/turtle, application/n-triples");
        var uris = services.GetRequiredService<PublicUris>();
        http.Response.Headers.Location = uris.Doc(type, key) + (target.Extension.Length > 0 ? "." + target.Extension : "");
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<IResult> DocumentAsync(string type, string key, RdfFormat format, HttpContext http, IServiceProvider services, CancellationToken ct)
    {
        var resolved = await Resolver(services).ResolveAsync(type, key, ct);
        if (resolved.Availability != PublicAvailability.Public) return NotPublic(resolved);
        http.Response.Headers.Link = $"<{services.GetRequiredService<PublicUris>().Id(type, key)}>; rel=\"describes\"";
        return Results.Text(format.Write(resolved.Triples), format.MediaType, Encoding.UTF8);
    }

    private static IResult NotPublic(Resolved resolved) => resolved.Availability == PublicAvailability.Gone
        ? Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Niet meer openbaar / No longer public",
            detail: "Dit record is ingetrokken of verwijderd. / This record was withdrawn or deleted.")
        : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden / Not found",
            detail: "Geen openbaar record met deze URI. / No public record has this URI.");

    private static LinkedDataResolver Resolver(IServiceProvider services) => ActivatorUtilities.CreateInstance<LinkedDataResolver>(services);
}

/// <summary>An RDF document format served at <c>/doc/{type}/{key}.{Extension}</c>.</summary>
internal sealed record RdfFormat(string Name, string Extension, string MediaType, Func<IEnumerable<Triple>, string> Write)
{
    public static readonly RdfFormat JsonLd = new("JSON-LD", "jsonld", "application/ld+json", OsloJsonLdWriter.Write);
    public static readonly RdfFormat Turtle = new("Turtle", "ttl", "text/turtle", WriteTurtle);
    public static readonly RdfFormat NTriples = new("N-Triples", "nt", "application/n-triples", WriteNTriples);
    public static readonly IReadOnlyList<RdfFormat> All = [JsonLd, Turtle, NTriples];

    private static string WriteTurtle(IEnumerable<Triple> triples)
    {
        using var text = new StringWriter();
        var writer = new TurtleWriter(text, Oslo.Prefixes);
        // Statements about one subject together, in the order subjects first appear.
        writer.WriteAll(triples.GroupBy(t => t.Subject).SelectMany(g => g));
        writer.Finish();
        return text.ToString();
    }

    private static string WriteNTriples(IEnumerable<Triple> triples)
    {
        using var text = new StringWriter();
        new NTriplesWriter(text).WriteAll(triples);
        return text.ToString();
    }
}
