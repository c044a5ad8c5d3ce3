using Depot.Core;
using Depot.Core.History;
using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Demo;
using Depot.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Tests.Bulk;

/// <summary>The bulk loader's contract, run on SQLite and on PostgreSQL.</summary>
public sealed class BulkLoaderContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Loaded_objects_read_back_with_history_facets_and_search_rows(DatabaseEngine engine)
    {
        var (w, collection, loader) = await LoadedWorldAsync(engine);
        var expected = collection.Objects(2_000).ToList();
        var progress = new List<long>();

        var result = await loader.LoadObjectsAsync(w.OrganisationId, collection.Objects(2_000), w.Registrar, new Collect(progress), Ct, batchSize: 500);

        Assert.Equal(2_000, result.Loaded);
        Assert.Equal(0, result.Skipped);
        Assert.Equal([500, 1_000, 1_500, 2_000], progress);
        await using var db = w.Database.CreateContext();
        var ids = await db.Objects.Where(o => o.OrganisationId == w.OrganisationId).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(Ct);
        Assert.Equal(2_000, ids.Count);
        for (var i = 0; i < ids.Count; i += 97)
        {
            var read = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, ids[i], Ct);
            Assert.Equal(expected[i].ObjectNumber, read.ObjectNumber);
            Assert.Equal(expected[i].PreferredTitle, read.PreferredTitle);
            Assert.Equal(expected[i].Dating, read.Dating);
            Assert.Equal(expected[i].MaterialIds, read.MaterialIds);
            Assert.Equal(expected[i].Makers, read.Makers);
            Assert.Equal(1, read.Version);
            var history = await w.History.ListAsync(w.OrganisationId, RecordType.Object, ids[i], Ct);
            var version = Assert.Single(history);
            Assert.Equal((1, ChangeKind.Created, BulkLoader.Note), (version.Version, version.Change, version.Note));
            Assert.Equal(read.ObjectNumber, DepotJson.Deserialize<CollectionObject>(version.Snapshot).ObjectNumber);
        }
        var first = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, ids[0], Ct);
        Assert.Equal(first.MaterialIds.Count + first.TechniqueIds.Count + first.Makers.Select(m => m.AgentId).Distinct().Count() + first.Subjects.Count,
            await db.ObjectTerms.CountAsync(t => t.ObjectId == first.Id, Ct));
        var sort = await db.Objects.Where(o => o.Id == first.Id).Select(o => EF.Property<string>(o, "ObjectNumberSort")).SingleAsync(Ct);
        Assert.Equal(ObjectNumber.SortKey(first.ObjectNumber), sort);

        var word = first.PreferredTitle.Split(' ').Where(t => t.Length >= 6 && t.All(char.IsLetter)).DefaultIfEmpty(first.ObjectNumber).First();
        Assert.Contains(first.Id, await SearchIndex.MatchAsync(w.Database, w.OrganisationId, word, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_normal_create_after_a_bulk_load_gets_a_fresh_id(DatabaseEngine engine)
    {
        var (w, collection, loader) = await LoadedWorldAsync(engine);
        await loader.LoadObjectsAsync(w.OrganisationId, collection.Objects(1_200), w.Registrar, null, Ct, batchSize: 400);

        var created = await w.Records.CreateAsync(w.OrganisationId, new CollectionObject { ObjectNumber = "NIEUW 1", Titles = [new Title("Nieuwe aanwinst")] }, w.Registrar, Ct);
        var agent = await w.AddAgentAsync("Peeters, An", Ct);

        await using var db = w.Database.CreateContext();
        Assert.Equal(1_201, await db.Objects.CountAsync(Ct));
        Assert.True(created.Id > await db.Objects.Where(o => o.ObjectNumber != "NIEUW 1").MaxAsync(o => o.Id, Ct));
        Assert.Equal("Peeters, An", (await w.Records.GetAsync<Core.Registration.Authorities.Agent>(w.OrganisationId, agent.Id, Ct)).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Loading_the_same_numbers_again_skips_them_and_changes_nothing(DatabaseEngine engine)
    {
        var (w, collection, loader) = await LoadedWorldAsync(engine);
        await loader.LoadObjectsAsync(w.OrganisationId, collection.Objects(600), w.Registrar, null, Ct, batchSize: 250);

        var again = await loader.LoadObjectsAsync(w.OrganisationId, collection.Objects(900), w.Registrar, null, Ct, batchSize: 250);

        Assert.Equal((300L, 600L), (again.Loaded, again.Skipped));
        await using var db = w.Database.CreateContext();
        Assert.Equal(900, await db.Objects.CountAsync(Ct));
        Assert.Equal(900, await db.RecordVersions.CountAsync(v => v.RecordType == RecordType.Object, Ct));
        Assert.Equal(900, await SearchIndex.CountAsync(w.Database, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bulk_document_holds_the_same_words_as_a_normal_save(DatabaseEngine engine)
    {
        var (w, collection, loader) = await LoadedWorldAsync(engine);
        await loader.LoadObjectsAsync(w.OrganisationId, collection.Objects(50), w.Registrar, null, Ct);
        await using var db = w.Database.CreateContext();
        var id = await db.Objects.OrderBy(o => o.Id).Select(o => o.Id).Skip(7).FirstAsync(Ct);
        var bulk = await SearchIndex.WordsAsync(w.Database, id, Ct);

        var stored = await w.Records.GetAsync<CollectionObject>(w.OrganisationId, id, Ct);
        await w.Records.UpdateAsync(w.OrganisationId, stored, 1, w.Registrar, Ct);

        Assert.NotEmpty(bulk);
        Assert.Equal(await SearchIndex.WordsAsync(w.Database, id, Ct), bulk);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Authorities_get_real_ids_and_a_first_version(DatabaseEngine engine)
    {
        var (w, collection, _) = await LoadedWorldAsync(engine);
        var rubens = collection.Authorities.Agents.Single(a => a.Name == "Rubens, Peter Paul");
        var shelf = collection.Authorities.Locations.First(l => l.Kind == Core.Locations.LocationKind.Shelf);

        var read = await w.Records.GetAsync<Core.Registration.Authorities.Agent>(w.OrganisationId, rubens.Id, Ct);
        var cabinet = await w.Records.GetAsync<Core.Locations.Location>(w.OrganisationId, shelf.ParentId!.Value, Ct);
        var history = await w.History.ListAsync(w.OrganisationId, RecordType.Agent, rubens.Id, Ct);

        Assert.Equal(1577, read.Birth!.Earliest);
        Assert.Equal(Core.Locations.LocationKind.Cabinet, cabinet.Kind);
        Assert.Equal(BulkLoader.Note, Assert.Single(history).Note);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_failure_mid_batch_keeps_the_committed_batches_and_no_part_of_the_failed_one(DatabaseEngine engine)
    {
        var (w, collection, loader) = await LoadedWorldAsync(engine);

        // Batches of 2,000 travel as chunks of 1,000: when the source fails at 3,500 the second
        // batch's first chunk is already written in its open transaction, which must roll back.
        await Assert.ThrowsAsync<IOException>(() =>
            loader.LoadObjectsAsync(w.OrganisationId, FailAfter(collection.Objects(4_000), 3_500), w.Registrar, null, Ct, batchSize: 2_000));

        await using var db = w.Database.CreateContext();
        Assert.Equal(2_000, await db.Objects.CountAsync(Ct));
        Assert.Equal(2_000, await db.RecordVersions.CountAsync(v => v.RecordType == RecordType.Object, Ct));
        Assert.Equal(2_000, await db.ObjectTerms.Select(t => t.ObjectId).Distinct().CountAsync(Ct));
        Assert.Equal(2_000, await SearchIndex.CountAsync(w.Database, Ct));
    }

    private static IEnumerable<CollectionObject> FailAfter(IEnumerable<CollectionObject> objects, int count)
    {
        foreach (var o in objects)
        {
            if (count-- == 0) throw new IOException("The source file ended unexpectedly.");
            yield return o;
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Loading_an_authority_set_twice_is_refused_and_adds_nothing(DatabaseEngine engine)
    {
        var (w, collection, loader) = await LoadedWorldAsync(engine);
        await using var db = w.Database.CreateContext();
        var agents = await db.Agents.CountAsync(Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAuthoritiesAsync(w.OrganisationId, collection.Authorities, w.Registrar, Ct));

        Assert.Equal(collection.Authorities.Agents.Count, agents);
        Assert.Equal(agents, await db.Agents.CountAsync(Ct));
    }

    private static async Task<(StoreWorld World, RealisticCollection Collection, BulkLoader Loader)> LoadedWorldAsync(DatabaseEngine engine)
    {
        var w = await StoreWorld.CreateAsync(engine, Ct);
        // A record made the normal way first, so bulk ids must come after existing ones.
        await w.AddConceptAsync("bestaand begrip", Ct);
        var collection = new RealisticCollection(seed: 11, creditLine: "Museum test");
        var loader = new BulkLoader(w.Database, TimeProvider.System);
        await loader.LoadAuthoritiesAsync(w.OrganisationId, collection.Authorities, w.Registrar, Ct);
        return (w, collection, loader);
    }

    private sealed class Collect(List<long> into) : IProgress<long>
    {
        public void Report(long value) => into.Add(value);
    }
}
