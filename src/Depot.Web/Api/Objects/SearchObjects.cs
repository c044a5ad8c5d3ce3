using System.Globalization;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Search;
using Depot.Web.Api.Access;
using Depot.Web.Hosting;

namespace Depot.Web.Api.Objects;

/// <summary>The query string of the object list: keywords, facet filters (repeat a key for several values), sort and cursor.</summary>
public sealed record ObjectListQuery(
    string? Q,
    long[]? ObjectName,
    long[]? Material,
    long[]? Maker,
    int[]? Century,
    long[]? Location,
    string? Publication,
    bool? HasImage,
    string? Sort,
    bool? Desc,
    string? Cursor,
    int? Limit,
    bool? Facets);

public sealed record ObjectListItem(long Id, string ObjectNumber, string Title, string ObjectName, string Dating, PublicationStatus Publication, bool HasImage, DateTimeOffset UpdatedAt);

public sealed record FacetCount(string Key, string Label, long Count);

public sealed record ObjectList(IReadOnlyList<ObjectListItem> Items, long Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, string? NextCursor)
{
    /// <summary>True when more objects matched than the search counts facets over: each facet count is then a lower bound. Total is always exact.</summary>
    public bool FacetCountsAreLowerBounds { get; init; }
}

/// <summary>Searches and lists the organisation's objects with facet counts and cursor paging.</summary>
public static class SearchObjects
{
    public const int MaxLimit = 200;

    public static void Map(RouteGroupBuilder objects) =>
        objects.MapGet("", async ([AsParameters] ObjectListQuery query, HttpContext http, ObjectSearch search, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var result = await search.SearchAsync(scope.OrganisationId, ToQuery(query), Language.IsEnglish(http) ? "en" : "nl", ct);
                return TypedResults.Ok(new ObjectList(
                    result.Hits.Select(h => new ObjectListItem(h.Id, h.ObjectNumber, h.Title, h.ObjectName, h.Dating, h.Publication, h.HasImage, h.UpdatedAt)).ToList(),
                    result.Total,
                    result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetCount>)f.Value.Select(v => new FacetCount(v.Key, v.Label, v.Count)).ToList()),
                    result.NextCursor)
                {
                    FacetCountsAreLowerBounds = result.Approximate,
                });
            })
            .WithName("ListObjects")
            .WithSummary("Searches the organisation's objects: q for keywords, objectName/material/maker/century/location/publication/hasImage as filters, sort (relevance, objectNumber, dating, lastChanged), desc, cursor and limit.")
            .Produces<ObjectList>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    public static ObjectQuery ToQuery(ObjectListQuery q)
    {
        var errors = new List<FieldError>();
        var sort = Parse<ObjectSort>(q.Sort, "sort", errors) ?? ObjectSort.Relevance;
        var publication = Parse<PublicationStatus>(q.Publication, "publication", errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new ObjectQuery
        {
            Text = string.IsNullOrWhiteSpace(q.Q) ? null : q.Q.Trim(),
            ObjectNames = q.ObjectName ?? [],
            Materials = q.Material ?? [],
            Makers = q.Maker ?? [],
            Centuries = q.Century ?? [],
            Locations = q.Location ?? [],
            Publication = publication,
            HasImage = q.HasImage,
            Sort = sort,
            Descending = q.Desc ?? false,
            Cursor = string.IsNullOrWhiteSpace(q.Cursor) ? null : q.Cursor,
            Limit = Math.Clamp(q.Limit ?? 25, 1, MaxLimit),
            WithFacets = q.Facets ?? true,
        };
    }

    private static T? Parse<T>(string? value, string field, List<FieldError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLower(n[0], CultureInfo.InvariantCulture) + n[1..]));
        errors.Add(new FieldError(field, field + ".unknown", $"‘{value}’ is geen geldige waarde; kies uit {allowed}.", $"‘{value}’ is not a valid value; choose from {allowed}."));
        return null;
    }
}
