using Depot.Core;
using Depot.Storage.Database;
using Depot.Web.Api.Access;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Api.Records;

/// <summary>One page of records and where the next one starts.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Lists the records of one type in the organisation, oldest first, with a cursor.</summary>
public static class ListRecords
{
    public const int MaxLimit = 200;

    public static void Map<TRecord, TInput, TOutput>(RouteGroupBuilder group, RecordApi<TRecord, TInput, TOutput> api)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput =>
        group.MapGet("", async (HttpContext http, DepotDatabase database, string? cursor, int? limit, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var take = Math.Clamp(limit ?? 50, 1, MaxLimit);
                var after = long.TryParse(cursor, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : 0;
                await using var db = database.CreateContext();
                var rows = await db.Set<TRecord>().AsNoTracking()
                    .Where(r => r.OrganisationId == scope.OrganisationId && !r.IsDeleted && r.Id > after)
                    .OrderBy(r => r.Id).Take(take + 1).ToListAsync(ct);
                var next = rows.Count > take ? rows[take - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                return TypedResults.Ok(new Page<TOutput>(rows.Take(take).Select(api.ToOutput).ToList(), next));
            })
            .WithName("List" + api.PluralName)
            .WithSummary($"Lists the organisation's {api.PluralName.ToLowerInvariant()}, {MaxLimit} at most per page; pass nextCursor as cursor for the next page.")
            .Produces<Page<TOutput>>();
}
