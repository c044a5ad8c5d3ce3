using Depot.Core;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Search;

namespace Depot.Storage.Tests.Search;

/// <summary>Sort orders and cursor paging, run on SQLite and on PostgreSQL.</summary>
public sealed class ObjectSearchPagingContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] InOrder(ObjectSearchResult r) => [.. r.Hits.Select(h => h.ObjectNumber)];

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Object_numbers_sort_naturally_two_before_ten(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        Assert.Equal(["2019.1", "2019.2", "2019.10", "A7"], InOrder(await c.FindAsync(new() { Sort = ObjectSort.ObjectNumber }, Ct)));
        Assert.Equal(["A7", "2019.10", "2019.2", "2019.1"], InOrder(await c.FindAsync(new() { Sort = ObjectSort.ObjectNumber, Descending = true }, Ct)));
        // Without keywords, relevance falls back to the natural number order.
        Assert.Equal(["2019.1", "2019.2", "2019.10", "A7"], InOrder(await c.FindAsync(new(), Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Dating_sort_puts_undated_objects_last_both_ways(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        Assert.Equal(["2019.1", "2019.2", "2019.10", "A7"], InOrder(await c.FindAsync(new() { Sort = ObjectSort.Dating }, Ct)));
        Assert.Equal(["2019.10", "2019.2", "2019.1", "A7"], InOrder(await c.FindAsync(new() { Sort = ObjectSort.Dating, Descending = true }, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Last_changed_sort_follows_the_latest_edit(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        var first = c.Objects["2019.2"];
        first.ShortDescription = "Nagekeken";
        await c.World.Records.UpdateAsync(c.Org, first, first.Version, c.World.Registrar, Ct);

        var newest = await c.FindAsync(new() { Sort = ObjectSort.LastChanged, Descending = true }, Ct);
        var oldest = await c.FindAsync(new() { Sort = ObjectSort.LastChanged }, Ct);

        Assert.Equal(["2019.2", "A7", "2019.1", "2019.10"], InOrder(newest));
        Assert.Equal(["2019.10", "2019.1", "A7", "2019.2"], InOrder(oldest));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Cursor_walks_every_sort_exactly_once(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        for (var i = 0; i < 9; i++)
        {
            // Same dating for several objects: ties must be broken by id, not skipped or repeated.
            await c.World.Records.CreateAsync(c.Org, new CollectionObject
            {
                ObjectNumber = $"B{i}",
                Titles = [new Title($"Tegel {i}")],
                Dating = i % 3 == 0 ? null : HistoricalDate.Parse("1650"),
            }, c.World.Registrar, Ct);
        }
        foreach (var sort in Enum.GetValues<ObjectSort>())
        {
            foreach (var descending in new[] { false, true })
            {
                var whole = InOrder(await c.FindAsync(new() { Sort = sort, Descending = descending, Limit = 200 }, Ct));
                Assert.Equal(13, whole.Length);
                Assert.Equal(whole, await WalkAsync(c, new() { Sort = sort, Descending = descending, Limit = 2 }));
            }
        }
        var tiles = await WalkAsync(c, new() { Text = "tegel", Limit = 4 });
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"B{i}").Order(), tiles.Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Limit_is_clamped_and_the_last_page_has_no_cursor(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var one = await c.FindAsync(new() { Limit = 0 }, Ct);
        Assert.Single(one.Hits);
        Assert.NotNull(one.NextCursor);
        Assert.Equal(4, one.Total);
        var all = await c.FindAsync(new() { Limit = 10_000 }, Ct);
        Assert.Equal(4, all.Hits.Count);
        Assert.Null(all.NextCursor);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_forged_or_foreign_cursor_is_refused(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        var page = await c.FindAsync(new() { Sort = ObjectSort.Dating, Limit = 1 }, Ct);

        var foreign = await Assert.ThrowsAsync<DomainException>(() => c.FindAsync(new() { Sort = ObjectSort.LastChanged, Cursor = page.NextCursor }, Ct));
        Assert.Equal("search.cursorInvalid", foreign.Code);
        var forged = await Assert.ThrowsAsync<DomainException>(() => c.FindAsync(new() { Cursor = "not a cursor!" }, Ct));
        Assert.Equal("search.cursorInvalid", forged.Code);
    }

    private static async Task<List<string>> WalkAsync(SearchCatalogue c, ObjectQuery query)
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await c.FindAsync(query with { Cursor = cursor }, Ct);
            seen.AddRange(page.Hits.Select(h => h.ObjectNumber));
            cursor = page.NextCursor;
            Assert.True(seen.Count <= 100, "The cursor walk does not end.");
        }
        while (cursor is not null);
        return seen;
    }
}
