using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Sets;

/// <summary>Werksets, selections and saved searches, run on SQLite and on PostgreSQL.</summary>
public sealed class SetStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<long>> ObjectsAsync(StoreWorld w, long organisationId, string prefix, int count, string title)
    {
        var ids = new List<long>();
        for (var i = 1; i <= count; i++)
            ids.Add((await w.Records.CreateAsync(organisationId, new CollectionObject { ObjectNumber = $"{prefix}.{i}", Titles = [new Title(title)] }, w.Registrar, Ct)).Id);
        return ids;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Werkset_is_created_renamed_filled_paged_and_deleted(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var sets = new SetStore(w.Database, TimeProvider.System);
        var ids = await ObjectsAsync(w, w.OrganisationId, "2020", 12, "Kandelaar");

        var set = await sets.CreateAsync(w.OrganisationId, "  Tentoonstelling 2027 ", "Bruiklenen voor de zomer", w.Registrar, Ct);
        Assert.Equal("Tentoonstelling 2027", set.Name);
        Assert.Equal(12, await sets.AddAsync(w.OrganisationId, set.Id, [.. ids, .. ids], Ct));
        Assert.Equal(0, await sets.AddAsync(w.OrganisationId, set.Id, ids.Take(3).ToList(), Ct));
        Assert.Equal(2, await sets.RemoveAsync(w.OrganisationId, set.Id, [ids[0], ids[1]], Ct));

        var page = await sets.PageAsync(w.OrganisationId, set.Id, 0, 5, Ct);
        Assert.Equal(10, page.Total);
        // Natural number order: 2020.3 … 2020.7, not 2020.10 after 2020.1.
        Assert.Equal(["2020.3", "2020.4", "2020.5", "2020.6", "2020.7"], page.Members.Select(m => m.ObjectNumber));
        Assert.Equal("Kandelaar", page.Members[0].Title);

        await sets.UpdateAsync(w.OrganisationId, set.Id, "Zomer 2027", "", Ct);
        var listed = Assert.Single(await sets.ListAsync(w.OrganisationId, Ct));
        Assert.Equal(("Zomer 2027", 10L, "An Peeters"), (listed.Name, listed.Count, listed.OwnerName));

        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => sets.UpdateAsync(w.OrganisationId, set.Id, " ", "", Ct));
        Assert.Equal("set.nameRequired", Assert.Single(empty.Errors).Code);

        Assert.True(await sets.DeleteAsync(w.OrganisationId, set.Id, Ct));
        Assert.Empty(await sets.ListAsync(w.OrganisationId, Ct));
        Assert.Equal(12, (await new ObjectSearch(w.Database).SearchAsync(w.OrganisationId, new ObjectQuery(), "nl", Ct)).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Another_organisations_sets_and_objects_are_out_of_reach(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "museum-b", Ct);
        var sets = new SetStore(w.Database, TimeProvider.System);
        var theirs = await ObjectsAsync(w, other, "B", 3, "Geheim");
        var mine = await ObjectsAsync(w, w.OrganisationId, "A", 2, "Eigen");
        var theirSet = await sets.CreateAsync(other, "Van B", "", w.Registrar, Ct);
        var mySet = await sets.CreateAsync(w.OrganisationId, "Van A", "", w.Registrar, Ct);

        Assert.Null(await sets.FindAsync(w.OrganisationId, theirSet.Id, Ct));
        Assert.Null(await sets.AddAsync(w.OrganisationId, theirSet.Id, mine, Ct));
        Assert.Null(await sets.UpdateAsync(w.OrganisationId, theirSet.Id, "x", "", Ct));
        Assert.False(await sets.DeleteAsync(w.OrganisationId, theirSet.Id, Ct));
        Assert.Null(await sets.AddSetAsync(w.OrganisationId, mySet.Id, theirSet.Id, Ct));
        // B's object ids given to A's set are ignored.
        Assert.Equal(2, await sets.AddAsync(w.OrganisationId, mySet.Id, [.. theirs, .. mine], Ct));
        Assert.Equal(2, await sets.CountAsync(w.OrganisationId, mySet.Id, Ct));
        Assert.Equal(0, await sets.CountAsync(w.OrganisationId, theirSet.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Selecting_all_results_of_a_search_puts_exactly_the_matches_in_the_selection(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var (other, _) = await StoreWorld.AddOrganisationAsync(w.Database, "museum-b", Ct);
        var sets = new SetStore(w.Database, TimeProvider.System);
        var maps = await ObjectsAsync(w, w.OrganisationId, "K", 7, "Kaart van Vlaanderen");
        await ObjectsAsync(w, w.OrganisationId, "S", 4, "Schilderij");
        await ObjectsAsync(w, other, "B", 5, "Kaart van Brabant");

        var selection = await sets.SelectionAsync(w.OrganisationId, w.Registrar, Ct);
        Assert.Equal(selection.Id, (await sets.SelectionAsync(w.OrganisationId, w.Registrar, Ct)).Id);
        Assert.NotEqual(selection.Id, (await sets.SelectionAsync(w.OrganisationId, w.OtherRegistrar, Ct)).Id);

        Assert.Equal(7, await sets.AddMatchingAsync(w.OrganisationId, selection.Id, new ObjectQuery { Text = "kaart" }, Ct));
        Assert.Equal(0, await sets.AddMatchingAsync(w.OrganisationId, selection.Id, new ObjectQuery { Text = "kaart" }, Ct));
        var ids = new List<long>();
        await foreach (var id in sets.IdsAsync(w.OrganisationId, selection.Id, Ct)) ids.Add(id);
        Assert.Equal(maps, ids);
        Assert.Equal(maps.Take(2).ToHashSet(), await sets.ContainedAsync(w.OrganisationId, selection.Id, [maps[0], maps[1], 999_999], Ct));
        // The selection is not a werkset: it does not appear in the team's list.
        Assert.Empty(await sets.ListAsync(w.OrganisationId, Ct));

        var werkset = await sets.CreateAsync(w.OrganisationId, "Kaarten", "", w.Registrar, Ct);
        Assert.Equal(7, await sets.AddSetAsync(w.OrganisationId, werkset.Id, selection.Id, Ct));
        Assert.True(await sets.ClearAsync(w.OrganisationId, selection.Id, Ct));
        Assert.Equal(0, await sets.CountAsync(w.OrganisationId, selection.Id, Ct));
        Assert.Equal(7, await sets.CountAsync(w.OrganisationId, werkset.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Saved_searches_are_personal_unless_shared(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        var an = new Depot.Storage.Records.Actor(1, "An Peeters");
        var jan = new Depot.Storage.Records.Actor(2, "Jan Claes");
        var store = new SavedSearchStore(w.Database, TimeProvider.System);
        var own = await store.CreateAsync(w.OrganisationId, "Mijn kaarten", "?q=kaart&sort=Dating&view=grid", false, an, Ct);
        var shared = await store.CreateAsync(w.OrganisationId, "Publieke schilderijen", "objectName=4&publication=Public", true, an, Ct);

        Assert.Equal("q=kaart&sort=Dating&view=grid", own.Query);
        Assert.Equal(["Mijn kaarten", "Publieke schilderijen"], (await store.ListAsync(w.OrganisationId, an, Ct)).Select(s => s.Name));
        Assert.Equal(["Publieke schilderijen"], (await store.ListAsync(w.OrganisationId, jan, Ct)).Select(s => s.Name));

        Assert.False(await store.DeleteAsync(w.OrganisationId, own.Id, jan, isAdmin: true, Ct));
        Assert.False(await store.DeleteAsync(w.OrganisationId, shared.Id, jan, isAdmin: false, Ct));
        Assert.True(await store.DeleteAsync(w.OrganisationId, shared.Id, jan, isAdmin: true, Ct));
        Assert.True(await store.DeleteAsync(w.OrganisationId, own.Id, an, isAdmin: false, Ct));
        Assert.Empty(await store.ListAsync(w.OrganisationId, an, Ct));
    }
}
