using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Portal;

/// <summary>The portal's search tables, filled from the public feed: keywords, facets and withdrawal, on SQLite and PostgreSQL.</summary>
public sealed class PortalSearchContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Public_objects_are_found_and_counted_and_internal_or_withdrawn_ones_never(DatabaseEngine engine)
    {
        var world = await StoreWorld.CreateAsync(engine, Ct);
        var bronze = await world.AddConceptAsync("brons", Ct);
        var maker = await world.AddAgentAsync("Quellinus, Artus", Ct);
        CollectionObject Make(string number, string title, PublicationStatus status) => new()
        {
            ObjectNumber = number,
            Titles = [new Title(title)],
            MaterialIds = [bronze.Id],
            Makers = [new MakerCredit(maker.Id)],
            PublicationStatus = status,
        };
        var candlestick = await world.Records.CreateAsync(world.OrganisationId, Make("K.1", "Kandelaar met leeuwenpoten", PublicationStatus.Public), world.Registrar, Ct);
        var angel = await world.Records.CreateAsync(world.OrganisationId, Make("K.2", "Engel met trompet", PublicationStatus.Public), world.Registrar, Ct);
        await world.Records.CreateAsync(world.OrganisationId, Make("K.3", "Kandelaar uit de kluis", PublicationStatus.Internal), world.Registrar, Ct);

        using var projector = new PublicationProjector(world.Database);
        using var index = new PortalIndex(world.Database);
        var search = new PortalSearch(world.Database);
        await projector.CatchUpAsync(Ct);
        Assert.Equal(2, await index.CatchUpAsync(Ct));

        var found = await search.SearchAsync(new PortalQuery { Text = "kandelaar" }, Ct);
        Assert.Equal([candlestick.Id], found.Ids);
        var all = await search.SearchAsync(new PortalQuery(), Ct);
        Assert.Equal(2, all.Total);
        Assert.Equal([angel.Id, candlestick.Id], all.Ids);
        Assert.Equal(2, all.Facets[PortalFacets.Material].Single(v => v.LabelNl == "brons").Count);
        Assert.Equal(2, all.Facets[PortalFacets.Maker].Single().Count);

        var filtered = await search.SearchAsync(new PortalQuery
        {
            Text = "engel",
            Filters = new Dictionary<string, IReadOnlyList<string>> { [PortalFacets.Material] = [bronze.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] },
        }, Ct);
        Assert.Equal([angel.Id], filtered.Ids);

        angel.PublicationStatus = PublicationStatus.Internal;
        await world.Records.UpdateAsync(world.OrganisationId, angel, angel.Version, world.Registrar, Ct);
        await projector.CatchUpAsync(Ct);
        Assert.Equal(1, await index.CatchUpAsync(Ct));

        var after = await search.SearchAsync(new PortalQuery(), Ct);
        Assert.Equal([candlestick.Id], after.Ids);
        Assert.Equal(1, after.Facets[PortalFacets.Material].Single().Count);
        Assert.Empty((await search.SearchAsync(new PortalQuery { Text = "engel" }, Ct)).Ids);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_catch_up_of_hundreds_of_objects_makes_each_one_findable_by_its_own_words(DatabaseEngine engine)
    {
        var world = await StoreWorld.CreateAsync(engine, Ct);
        // More objects than one statement of text rows holds, so the rows go in several.
        const int count = 300;
        // Consonants between fixed vowels: no doubled letter, so no two words share a Dutch stem.
        const string consonants = "bcdfghjkmnprstvwz";
        static char C(int n) => consonants[n % consonants.Length];
        static string Word(int i) => $"zegelq{C(i / 289)}o{C(i / 17)}i{C(i)}um";
        var created = new List<CollectionObject>();
        for (var i = 0; i < count; i++)
            created.Add(await world.Records.CreateAsync(world.OrganisationId, new CollectionObject
            {
                ObjectNumber = $"Z.{i}",
                Titles = [new Title($"Lakzegel {Word(i)}")],
                PublicationStatus = PublicationStatus.Public,
            }, world.Registrar, Ct));

        using var projector = new PublicationProjector(world.Database);
        using var index = new PortalIndex(world.Database);
        var search = new PortalSearch(world.Database);
        await projector.CatchUpAsync(Ct);
        Assert.Equal(count, await index.CatchUpAsync(Ct));

        Assert.Equal(count, (await search.SearchAsync(new PortalQuery { WithFacets = false }, Ct)).Total);
        foreach (var i in new[] { 0, 1, 249, 250, 299 })
            Assert.Equal([created[i].Id], (await search.SearchAsync(new PortalQuery { Text = Word(i), WithFacets = false }, Ct)).Ids);

        var renamed = created[250];
        renamed.Titles = [new Title("Wassen zegelstempel")];
        await world.Records.UpdateAsync(world.OrganisationId, renamed, renamed.Version, world.Registrar, Ct);
        await projector.CatchUpAsync(Ct);
        Assert.Equal(1, await index.CatchUpAsync(Ct));
        Assert.Empty((await search.SearchAsync(new PortalQuery { Text = Word(250), WithFacets = false }, Ct)).Ids);
        Assert.Equal([renamed.Id], (await search.SearchAsync(new PortalQuery { Text = "zegelstempel", WithFacets = false }, Ct)).Ids);
        Assert.Equal(count, (await search.SearchAsync(new PortalQuery { WithFacets = false }, Ct)).Total);
    }
}
