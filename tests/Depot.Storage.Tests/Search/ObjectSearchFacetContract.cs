using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Search;

namespace Depot.Storage.Tests.Search;

/// <summary>Facet filters and facet counts, run on SQLite and on PostgreSQL.</summary>
public sealed class ObjectSearchFacetContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Numbers(ObjectSearchResult r) => [.. r.Hits.Select(h => h.ObjectNumber).Order(StringComparer.Ordinal)];

    private static (string Label, long Count)[] Counts(ObjectSearchResult r, string facet) =>
        [.. r.Facets[facet].Select(v => (v.Label, v.Count))];

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Facet_counts_cover_the_organisations_live_objects_only(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var r = await c.FindAsync(new(), Ct);

        Assert.Equal(FacetNames.All.Order(), r.Facets.Keys.Order());
        Assert.Equal([("prent", 2L), ("schilderij", 2L)], Counts(r, FacetNames.ObjectName));
        Assert.Equal([("olieverf", 2L), ("papier", 2L), ("doek", 1L)], Counts(r, FacetNames.Material));
        Assert.Equal([("Jordaens, Jacob", 1L), ("Rubens, Peter Paul", 2L)], Counts(r, FacetNames.Maker).OrderBy(x => x.Label, StringComparer.Ordinal));
        Assert.Equal([("17de eeuw", 2L), ("16de eeuw", 1L)], Counts(r, FacetNames.Century));
        Assert.Equal([("Depot Noord", 2L)], Counts(r, FacetNames.Location));
        Assert.Equal([("Intern", 2L), ("Publiek", 2L)], Counts(r, FacetNames.Publication));
        Assert.Equal([("Zonder beeld", 3L), ("Met beeld", 1L)], Counts(r, FacetNames.HasImage));
        Assert.Equal(c.Painting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Facets[FacetNames.ObjectName].Single(v => v.Label == "schilderij").Key);
        Assert.Equal(["17", "16"], r.Facets[FacetNames.Century].Select(v => v.Key));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Facet_labels_follow_the_language(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var r = await c.FindAsync(new(), Ct, "en");

        Assert.Equal(["painting", "print"], r.Facets[FacetNames.ObjectName].Select(v => v.Label).Order(StringComparer.Ordinal));
        Assert.Equal(["17th century", "16th century"], r.Facets[FacetNames.Century].Select(v => v.Label));
        Assert.Equal(["Internal", "Public"], r.Facets[FacetNames.Publication].Select(v => v.Label));
        Assert.Equal(["Without image", "With image"], r.Facets[FacetNames.HasImage].Select(v => v.Label));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Filters_combine_across_facets_and_widen_within_one(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        Assert.Equal(["2019.1", "2019.2"], Numbers(await c.FindAsync(new() { Makers = [c.Rubens.Id] }, Ct)));
        Assert.Equal(["2019.2"], Numbers(await c.FindAsync(new() { Makers = [c.Rubens.Id], Materials = [c.Oil.Id] }, Ct)));
        Assert.Equal(["2019.1", "2019.10", "2019.2"], Numbers(await c.FindAsync(new() { Materials = [c.Oil.Id, c.Paper.Id], Centuries = [16, 17] }, Ct)));
        Assert.Equal(["2019.1", "2019.10"], Numbers(await c.FindAsync(new() { Locations = [c.Depot.Id] }, Ct)));
        Assert.Equal(["2019.1"], Numbers(await c.FindAsync(new() { Locations = [c.Depot.Id], Publication = PublicationStatus.Public }, Ct)));
        Assert.Equal(["2019.2"], Numbers(await c.FindAsync(new() { HasImage = true }, Ct)));
        Assert.Equal(["2019.1", "A7"], Numbers(await c.FindAsync(new() { ObjectNames = [c.Print.Id], HasImage = false }, Ct)));
        Assert.Equal(["2019.10"], Numbers(await c.FindAsync(new() { Text = "olieverf", Centuries = [17], Publication = PublicationStatus.Internal }, Ct)));
        Assert.Empty((await c.FindAsync(new() { Centuries = [15] }, Ct)).Hits);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_filtered_facet_keeps_counting_its_other_values(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var r = await c.FindAsync(new() { ObjectNames = [c.Painting.Id] }, Ct);

        Assert.Equal(2, r.Total);
        // Object name is the filtered facet: its counts ignore its own filter.
        Assert.Equal([("prent", 2L), ("schilderij", 2L)], Counts(r, FacetNames.ObjectName));
        // Other facets count within the paintings only.
        Assert.Equal([("olieverf", 2L), ("doek", 1L)], Counts(r, FacetNames.Material));
        Assert.Equal([("17de eeuw", 2L)], Counts(r, FacetNames.Century));
        Assert.Equal([("Depot Noord", 1L)], Counts(r, FacetNames.Location));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Facets_follow_the_keywords_and_can_be_left_out(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var r = await c.FindAsync(new() { Text = "rubens" }, Ct);
        Assert.Equal([("Rubens, Peter Paul", 2L)], Counts(r, FacetNames.Maker));
        Assert.Equal([("Publiek", 2L)], Counts(r, FacetNames.Publication));

        var bare = await c.FindAsync(new() { Text = "rubens", WithFacets = false }, Ct);
        Assert.Empty(bare.Facets);
        Assert.Equal(2, bare.Total);
    }

    [Fact]
    public void Century_labels_use_dutch_and_english_ordinals()
    {
        Assert.Equal(["1ste eeuw", "2de eeuw", "8ste eeuw", "17de eeuw", "20ste eeuw", "21ste eeuw", "1ste eeuw v.Chr."],
            new[] { 1, 2, 8, 17, 20, 21, -1 }.Select(n => FacetLabels.Century(n, english: false)));
        Assert.Equal(["1st century", "2nd century", "3rd century", "11th century", "21st century", "1st century BC"],
            new[] { 1, 2, 3, 11, 21, -1 }.Select(n => FacetLabels.Century(n, english: true)));
    }
}
