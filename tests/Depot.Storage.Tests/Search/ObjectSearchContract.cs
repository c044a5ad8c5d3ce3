using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Search;

/// <summary>Keyword search and tenant scoping, run on SQLite and on PostgreSQL.</summary>
public sealed class ObjectSearchContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string[] Numbers(ObjectSearchResult r) => [.. r.Hits.Select(h => h.ObjectNumber).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Keywords_find_objects_by_title_maker_material_and_number(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        Assert.Equal(["2019.2"], Numbers(await c.FindAsync(new() { Text = "kruisafneming" }, Ct)));
        Assert.Equal(["2019.1", "2019.2"], Numbers(await c.FindAsync(new() { Text = "Rubens" }, Ct)));
        Assert.Equal(["2019.10", "2019.2"], Numbers(await c.FindAsync(new() { Text = "olieverf" }, Ct)));
        Assert.Equal(["2019.1", "A7"], Numbers(await c.FindAsync(new() { Text = "paper" }, Ct)));
        Assert.Equal(["2019.10"], Numbers(await c.FindAsync(new() { Text = "2019.10" }, Ct)));
        Assert.Equal(["2019.2"], Numbers(await c.FindAsync(new() { Text = "rubens schilderij" }, Ct)));
        var total = await c.FindAsync(new() { Text = "Rubens" }, Ct);
        Assert.Equal(2, total.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Last_word_matches_as_a_prefix(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        Assert.Equal(["2019.2"], Numbers(await c.FindAsync(new() { Text = "kruisaf" }, Ct)));
        Assert.Equal(["2019.10"], Numbers(await c.FindAsync(new() { Text = "portret parels" }, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Accents_and_case_do_not_matter(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        Assert.Equal(["2019.10"], Numbers(await c.FindAsync(new() { Text = "IEPERSE" }, Ct)));
        Assert.Equal(["2019.10"], Numbers(await c.FindAsync(new() { Text = "iëperse dame" }, Ct)));
    }

    [Fact]
    public async Task Dutch_stemming_finds_plural_and_singular_on_postgres()
    {
        var c = await SearchCatalogue.CreateAsync(DatabaseEngine.Postgres, Ct);

        // "paarden" is stored, "paard" asked; "parelsnoer" is asked, "parelsnoeren" stored.
        Assert.Equal(["A7"], Numbers(await c.FindAsync(new() { Text = "paard schets" }, Ct)));
        Assert.Equal(["2019.10"], Numbers(await c.FindAsync(new() { Text = "parelsnoer vrouwen" }, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Another_organisations_objects_never_appear(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var all = await c.FindAsync(new() { Text = "kruisafneming kopie" }, Ct);
        Assert.Empty(all.Hits);
        Assert.Equal(0, all.Total);
        var everything = await c.FindAsync(new(), Ct);
        Assert.Equal(["2019.1", "2019.10", "2019.2", "A7"], Numbers(everything));
        Assert.Equal(4, everything.Total);
        var theirs = await c.Search.SearchAsync(c.OtherOrg, new() { Text = "kruisafneming" }, "nl", Ct);
        Assert.Equal("2019.3", Assert.Single(theirs.Hits).ObjectNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Deleted_objects_disappear_and_come_back_when_undeleted(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        var a7 = c.Objects["A7"];

        await c.World.Records.DeleteAsync<CollectionObject>(c.Org, a7.Id, a7.Version, c.World.Registrar, Ct);
        Assert.Empty((await c.FindAsync(new() { Text = "paarden" }, Ct)).Hits);
        Assert.Equal(3, (await c.FindAsync(new(), Ct)).Total);

        await c.World.Records.UndeleteAsync<CollectionObject>(c.Org, a7.Id, a7.Version + 1, c.World.Registrar, Ct);
        Assert.Equal("A7", Assert.Single((await c.FindAsync(new() { Text = "paarden" }, Ct)).Hits).ObjectNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Hits_carry_the_list_fields_in_the_asked_language(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);

        var nl = Assert.Single((await c.FindAsync(new() { Text = "kruisafneming" }, Ct)).Hits);
        var en = Assert.Single((await c.FindAsync(new() { Text = "kruisafneming" }, Ct, "en-GB")).Hits);

        var stored = c.Objects["2019.2"];
        Assert.Equal(new ObjectHit(stored.Id, "2019.2", "De kruisafneming", "schilderij", "1611-1614", PublicationStatus.Public, true, nl.UpdatedAt), nl);
        Assert.Equal("painting", en.ObjectName);
        Assert.True(Math.Abs((stored.UpdatedAt - nl.UpdatedAt).TotalMilliseconds) < 1, $"{stored.UpdatedAt:O} vs {nl.UpdatedAt:O}");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Hostile_query_strings_do_not_throw(DatabaseEngine engine)
    {
        var c = await SearchCatalogue.CreateAsync(engine, Ct);
        string[] hostile = ["\"", "AND (", "'", "\\", "kruis* OR NOT", "-rubens", "body:rubens", "NEAR(a b)", "a & | ! :*", "'; DROP TABLE objects; --", "^", "(\"", "rubens\"", "  "];

        foreach (var text in hostile)
        {
            var result = await c.FindAsync(new() { Text = text }, Ct);
            Assert.True(result.Total >= 0, text);
        }
        Assert.Equal(["2019.1", "2019.2"], Numbers(await c.FindAsync(new() { Text = "rubens\"" }, Ct)));
        Assert.Equal(4, (await c.FindAsync(new() { Text = "(\"" }, Ct)).Total);
    }
}

/// <summary>Which authority labels end up in an object's full-text document.</summary>
public sealed class ObjectDocumentContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Depicted_place_is_found_by_its_name_and_never_by_a_concept_with_the_same_id(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var place = await w.Records.CreateAsync(w.OrganisationId, new Depot.Core.Registration.Authorities.Place { Name = "Oudenaarde" }, w.Registrar, Ct);
        // A concept and an agent that happen to carry the place's id must stay out of the document.
        Depot.Core.Registration.Authorities.Concept? twin = null;
        while (twin is null || twin.Id < place.Id)
            twin = await w.AddConceptAsync(twin is null ? "wandtapijt" : "wandtapijt " + twin.Id, Ct);
        Assert.Equal(place.Id, twin.Id);

        await w.Records.CreateAsync(w.OrganisationId, new CollectionObject
        {
            ObjectNumber = "T1",
            Subjects = [new SubjectReference(SubjectKind.DepictedPlace, place.Id)],
        }, w.Registrar, Ct);

        var search = new ObjectSearch(w.Database);
        Assert.Equal(["T1"], (await search.SearchAsync(w.OrganisationId, new() { Text = "Oudenaarde" }, "nl", Ct)).Hits.Select(h => h.ObjectNumber));
        Assert.Empty((await search.SearchAsync(w.OrganisationId, new() { Text = "wandtapijt" }, "nl", Ct)).Hits);
    }
}
