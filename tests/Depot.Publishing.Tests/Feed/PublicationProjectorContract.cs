using Depot.Core.Organisations;
using Depot.Core.Publishing;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Publishing.Tests.Feed;

/// <summary>The projector on both engines, with several projectors (as several Depot processes) on one database.</summary>
public sealed class PublicationProjectorContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Two_projectors_on_one_database_publish_every_change_exactly_once(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var records = new RecordStore(database, TimeProvider.System);
        var organisation = await CreateOrganisationAsync(database, "twee-servers");
        using var one = new PublicationProjector(database);
        using var two = new PublicationProjector(database);

        var created = new List<CollectionObject>();
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 15; i++)
                created.Add(await records.CreateAsync(organisation.Id, PublicObject($"TS.{round}.{i}"), Actor.System, Ct));
            var edited = created[round];
            edited.Titles = [new Title($"Herzien in ronde {round}")];
            await records.UpdateAsync(organisation.Id, edited, edited.Version, Actor.System, Ct);
            var both = await Task.WhenAll(one.CatchUpAsync(Ct), two.CatchUpAsync(Ct), one.CatchUpAsync(Ct));
            Assert.Equal(16, both.Sum());
        }

        await using var db = database.CreateContext();
        var events = await db.PublicationEvents.ToListAsync(Ct);
        Assert.Equal(64, events.Count);
        Assert.Equal(60, events.Count(e => e.Change == PublicationChange.Published));
        Assert.Equal(events.Count, events.Select(e => (e.RecordId, e.SourceSequence)).Distinct().Count());
        Assert.Equal(created.Select(o => o.Id).Order(), events.Where(e => e.Change == PublicationChange.Published).Select(e => e.RecordId).Order());
    }

    [Fact]
    public async Task A_version_that_commits_after_a_later_one_is_published_all_the_same_on_postgres()
    {
        var database = await TestDatabases.CreateAsync(DatabaseEngine.Postgres, Ct);
        var records = new RecordStore(database, TimeProvider.System);
        var organisation = await CreateOrganisationAsync(database, "trage-import");
        using var projector = new PublicationProjector(database);

        // A long transaction (an import) takes an earlier change-feed position and commits last.
        var inserted = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var slow = records.InTransactionAsync(async tx =>
        {
            var o = await tx.CreateAsync(organisation.Id, PublicObject("IMP.1"), Actor.System);
            inserted.SetResult();
            await release.Task;
            return o;
        }, Ct);
        await inserted.Task.WaitAsync(Ct);
        var quick = await records.CreateAsync(organisation.Id, PublicObject("SNEL.1"), Actor.System, Ct);

        // While the import is open nothing after its position may be projected (it would be skipped for ever).
        Assert.Equal(0, await projector.CatchUpAsync(Ct));
        release.SetResult();
        var imported = await slow;
        Assert.Equal(2, await projector.CatchUpAsync(Ct));

        await using var db = database.CreateContext();
        var published = await db.PublishedRecords.Where(r => r.IsPublic).Select(r => r.RecordId).ToListAsync(Ct);
        Assert.Equal(new[] { imported.Id, quick.Id }.Order(), published.Order());
    }

    [Fact]
    public async Task A_vacuum_of_the_change_feed_does_not_hold_the_projector_back_on_postgres()
    {
        var database = await TestDatabases.CreateAsync(DatabaseEngine.Postgres, Ct);
        var records = new RecordStore(database, TimeProvider.System);
        var organisation = await CreateOrganisationAsync(database, "na-bulkimport");
        using var projector = new PublicationProjector(database);
        var created = new List<long>();
        for (var i = 0; i < 5; i++) created.Add((await records.CreateAsync(organisation.Id, PublicObject($"VAC.{i}"), Actor.System, Ct)).Id);

        // What autovacuum holds on the table after a bulk load, for as long as it works: SHARE UPDATE EXCLUSIVE.
        // It conflicts with a SHARE lock, and autovacuum yields to a waiting lock only after deadlock_timeout (1 s).
        await using var vacuum = database.CreateContext();
        await using var held = await vacuum.Database.BeginTransactionAsync(Ct);
        await vacuum.Database.ExecuteSqlRawAsync("LOCK TABLE record_versions IN SHARE UPDATE EXCLUSIVE MODE", Ct);

        Assert.Equal(5, await projector.CatchUpAsync(Ct));
        await held.RollbackAsync(Ct);

        await using var db = database.CreateContext();
        var published = await db.PublishedRecords.Where(r => r.IsPublic).Select(r => r.RecordId).ToListAsync(Ct);
        Assert.Equal(created.Order(), published.Order());
    }

    private static CollectionObject PublicObject(string number) => new()
    {
        ObjectNumber = number,
        Titles = [new Title("Object " + number)],
        PublicationStatus = PublicationStatus.Public,
    };

    private static async Task<Organisation> CreateOrganisationAsync(DepotDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(Ct);
        return organisation;
    }
}
