using Depot.Storage.Database;
using Depot.Storage.Search;

namespace Depot.Storage.Tests.Search;

/// <summary>
/// Past <see cref="ObjectSearch.CountLimit"/> matches the facets are counted over the first matches
/// only (lower bounds, flagged), while the hits and the total stay exact. Run on SQLite and PostgreSQL
/// with a tiny limit so four objects are "many".
/// </summary>
public sealed class ObjectSearchCountLimitContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<(string Facet, string Key), long> Flat(ObjectSearchResult r) =>
        r.Facets.SelectMany(f => f.Value.Select(v => (f.Key, v.Key, v.Count))).ToDictionary(x => (x.Item1, x.Item2), x => x.Count);

    public static TheoryData<DatabaseEngine, string?> Cases()
    {
        var data = new TheoryData<DatabaseEngine, string?>();
        foreach (var engine in new[] { DatabaseEngine.Sqlite, DatabaseEngine.Postgres })
        {
            data.Add(engine, null);
            data.Add(engine, "2019");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Past_the_count_limit_facet_counts_are_lower_bounds_and_hits_and_total_stay_exact(DatabaseEngine engine, string? text)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        // Four live objects, three of them numbered 2019.x: the limit sits below either set.
        var limit = text is null ? 2 : 1;
        var capped = new ObjectSearch(c.World.Database) { CountLimit = limit };
        var query = new ObjectQuery { Text = text, Sort = ObjectSort.ObjectNumber };

        var exact = await c.FindAsync(query, Ct);
        var approximate = await capped.SearchAsync(c.Org, query, "nl", Ct);

        Assert.False(exact.Approximate);
        Assert.True(exact.Total > limit + 1, $"the catalogue should have more than limit + 1 matches, has {exact.Total}");
        Assert.True(approximate.Approximate);
        Assert.Equal(exact.Total, approximate.Total);
        Assert.Equal(exact.Hits.Select(h => h.ObjectNumber), approximate.Hits.Select(h => h.ObjectNumber));
        var all = Flat(exact);
        foreach (var (key, count) in Flat(approximate))
            Assert.InRange(count, 1, all[key]);
        // Limit + 1 objects were counted, each with one object name.
        Assert.Equal(limit + 1, approximate.Facets[FacetNames.ObjectName].Sum(v => v.Count));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_filtered_facet_past_the_limit_is_flagged_too(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        var capped = new ObjectSearch(c.World.Database) { CountLimit = 2 };
        // Three objects are paintings or prints with paper or oil; the object-name facet counts
        // without its own filter, over all four.
        var query = new ObjectQuery { ObjectNames = [c.Painting.Id] };

        var exact = await c.FindAsync(query, Ct);
        var approximate = await capped.SearchAsync(c.Org, query, "nl", Ct);

        Assert.False(exact.Approximate);
        Assert.True(approximate.Approximate);
        Assert.Equal(2, approximate.Total);
        Assert.Equal(exact.Facets[FacetNames.Material], approximate.Facets[FacetNames.Material]);
    }
}
