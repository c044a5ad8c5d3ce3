using System.Net;
using Depot.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Depot.Web.Tests.Api;

public sealed class OpenApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_api_endpoint_is_named_described_tagged_and_in_the_openapi_document()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var endpoints = app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true).ToList();
        Assert.True(endpoints.Count >= 54, $"Only {endpoints.Count} API endpoints found.");

        var names = new List<string>();
        foreach (var e in endpoints)
        {
            var what = e.DisplayName ?? e.RoutePattern.RawText;
            var name = e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            Assert.False(string.IsNullOrEmpty(name), $"{what} has no WithName");
            Assert.False(string.IsNullOrEmpty(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary), $"{what} has no WithSummary");
            Assert.NotEmpty(e.Metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(t => t.Tags));
            Assert.Contains(e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>(), p => p.StatusCode is >= 200 and < 300);
            Assert.Contains(e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>(), p => p.StatusCode == StatusCodes.Status401Unauthorized);
            names.Add(name!);
        }
        Assert.Equal(names.Count, names.Distinct().Count());

        var document = await (await app.Anonymous().GetAsync("/openapi/v1.json", Ct)).JsonAsync(HttpStatusCode.OK);
        var operationIds = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(op => op.Value.ValueKind == System.Text.Json.JsonValueKind.Object && op.Value.TryGetProperty("operationId", out _))
            .Select(op => op.Value.GetProperty("operationId").GetString()).ToHashSet();
        Assert.All(names, name => Assert.Contains(name, operationIds));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/organisations/{org}/objects/{id}", out var objectPath));
        Assert.True(objectPath.TryGetProperty("put", out var put));
        Assert.True(put.GetProperty("responses").TryGetProperty("409", out _));
    }
}
