using Depot.Publishing.Caching;
using Depot.Publishing.Oai.Formats;
using Depot.Publishing.Oai.Verbs;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Depot.Publishing.Oai;

/// <summary>
/// OAI-PMH 2.0 at <c>{base}/oai</c>, by GET with a query string or POST with a form body. Rate
/// limited like every public route but never output-cached: a harvester must see an edit at once,
/// and list answers depend on the moment of the request.
/// </summary>
internal static class OaiEndpoints
{
    public static IEndpointRouteBuilder MapOai(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var uris = services.GetRequiredService<PublicUris>();
        var options = OaiOptions.FromConfiguration(services.GetRequiredService<IConfiguration>());
        var repository = new OaiRepository(
            new OaiStore(services.GetRequiredService<DepotDatabase>()), new OaiFormats(uris, options), new OaiIdentifiers(uris),
            options, uris, services.GetRequiredService<PublishingOptions>(), services.GetRequiredService<PublicationProjector>());

        app.MapGet("/oai", (HttpContext http, CancellationToken ct) => HandleAsync(http, repository, http.Request.Query, ct))
            .WithName("OaiPmhGet").WithSummary("OAI-PMH 2.0: the six verbs as query arguments.")
            .RequireRateLimiting(PublicPolicies.RateLimit);
        app.MapPost("/oai", async (HttpContext http, CancellationToken ct) =>
            {
                IEnumerable<KeyValuePair<string, StringValues>> form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : [];
                await HandleAsync(http, repository, form, ct);
            })
            .WithName("OaiPmhPost").WithSummary("OAI-PMH 2.0: the six verbs as a form-encoded body.")
            .RequireRateLimiting(PublicPolicies.RateLimit);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, OaiRepository oai, IEnumerable<KeyValuePair<string, StringValues>> arguments, CancellationToken ct)
    {
        var (request, error) = OaiRequest.Check(arguments.Select(a =>
            KeyValuePair.Create(a.Key, (IReadOnlyList<string>)[.. a.Value.Select(v => v ?? "")])));
        if (request is null)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, null, error!, ct);
            return;
        }
        // Answers come from the public feed: bring it up to every change committed before this request.
        await oai.Projector.CatchUpAsync(ct);
        var verb = request.Verb switch
        {
            OaiRequest.Identify => IdentifyVerb.AnswerAsync(http, oai, request, ct),
            OaiRequest.ListMetadataFormats => ListMetadataFormatsVerb.AnswerAsync(http, oai, request, ct),
            OaiRequest.ListSets => ListSetsVerb.AnswerAsync(http, oai, request, ct),
            OaiRequest.GetRecord => GetRecordVerb.AnswerAsync(http, oai, request, ct),
            _ => ListVerb.AnswerAsync(http, oai, request, ct),
        };
        await verb;
    }
}
