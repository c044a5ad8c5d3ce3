using Depot.Core.History;
using Depot.Core.Registration.Objects;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Harvested;

/// <summary>The real sink on both engines, fed with records the LIDO reader read from the reference examples.</summary>
public sealed class HarvestSinkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_page_creates_public_objects_of_the_source_organisation_with_provenance(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        Assert.True(records.Count >= 3, $"only {records.Count} usable LIDO example records");
        var upTo = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

        var outcome = await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, """{"page":2}""", upTo: upTo), Ct);

        Assert.Equal((records.Count, 0, 0, 0, 0), (outcome.Added, outcome.Updated, outcome.Unchanged, outcome.Deleted, outcome.Refused));
        var objects = await world.ObjectsAsync(world.OrganisationId, Ct);
        Assert.Equal(records.Select(r => r.Object.ObjectNumber.Trim()).Order(), objects.Select(o => o.ObjectNumber).Order());
        Assert.All(objects, o => Assert.Equal(PublicationStatus.Public, o.PublicationStatus));
        Assert.Empty(await world.ObjectsAsync(world.OtherOrganisationId, Ct));
        var primavera = objects.Single(o => o.ObjectNumber == records[0].Object.ObjectNumber.Trim());
        Assert.Equal(records[0].Object.Titles[0].Text, primavera.PreferredTitle);
        Assert.NotEmpty(primavera.Makers);

        var harvested = await world.HarvestedAsync(Ct);
        Assert.Equal(objects.Select(o => o.Id), harvested.Select(h => h.ObjectId));
        var row = harvested.Single(h => h.ObjectId == primavera.Id);
        Assert.Equal((records[0].SourceId, "v1:" + records[0].SourceId, false), (row.SourceIdentifier, row.SourceVersion, row.Withdrawn));
        Assert.Equal(world.OrganisationId, row.OrganisationId);
        Assert.Equal(32, row.ContentHash.Length);

        var source = await world.SourceAsync(Ct);
        Assert.Equal(("""{"page":2}""", upTo, (long)records.Count), (source.State, source.SourceUpToAt, source.RecordCount));
        await using var db = world.Database.CreateContext();
        var version = await db.RecordVersions.AsNoTracking().SingleAsync(v => v.RecordType == Depot.Core.RecordType.Object && v.RecordId == primavera.Id, Ct);
        Assert.Equal(("geoogst uit MSK Gent LDES", "oogst: MSK Gent LDES", ChangeKind.Created), (version.Note, version.ChangedBy, version.Change));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task The_same_page_again_changes_nothing_and_a_changed_record_updates_its_object(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s1"), Ct);
        var before = await world.ObjectsAsync(world.OrganisationId, Ct);

        var again = await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s2"), Ct);
        Assert.Equal((0, 0, records.Count, 0), (again.Added, again.Updated, again.Unchanged, again.Deleted));
        Assert.Equal(before.Select(o => (o.Id, o.Version)), (await world.ObjectsAsync(world.OrganisationId, Ct)).Select(o => (o.Id, o.Version)));
        Assert.Equal(("s2", (long)records.Count), ((await world.SourceAsync(Ct)).State, (await world.SourceAsync(Ct)).RecordCount));

        var changed = records[1] with { Object = records[1].Object with { ShortDescription = "Nieuwe beschrijving uit de bron." } };
        var update = await world.Sink.WriteAsync(world.Source, HarvestWorld.Page([changed], "s3", version: "v2"), Ct);
        Assert.Equal((0, 1, 0), (update.Added, update.Updated, update.Unchanged));
        var after = (await world.ObjectsAsync(world.OrganisationId, Ct)).Single(o => o.ObjectNumber == changed.Object.ObjectNumber.Trim());
        Assert.Equal(("Nieuwe beschrijving uit de bron.", 2), (after.ShortDescription, after.Version));
        Assert.Equal("v2:" + changed.SourceId, (await world.HarvestedAsync(Ct)).Single(h => h.ObjectId == after.Id).SourceVersion);
        Assert.Equal((long)records.Count, (await world.SourceAsync(Ct)).RecordCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_withdrawal_deletes_the_object_and_a_reappearance_restores_it(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s1"), Ct);
        var gone = records[0];

        var withdrawn = await world.Sink.WriteAsync(world.Source,
            new HarvestPage("https://data.mskgent.be/ldes?page=2", [new HarvestWithdrawal(gone.SourceId, "v2")], "s2"), Ct);
        Assert.Equal(1, withdrawn.Deleted);
        var deleted = (await world.ObjectsAsync(world.OrganisationId, Ct)).Single(o => o.ObjectNumber == gone.Object.ObjectNumber.Trim());
        Assert.True(deleted.IsDeleted);
        Assert.True((await world.HarvestedAsync(Ct)).Single(h => h.ObjectId == deleted.Id).Withdrawn);
        Assert.Equal(records.Count - 1, (await world.SourceAsync(Ct)).RecordCount);

        var back = await world.Sink.WriteAsync(world.Source, HarvestWorld.Page([gone], "s3", version: "v3"), Ct);
        Assert.Equal((1, 0), (back.Added, back.Deleted));
        var restored = (await world.ObjectsAsync(world.OrganisationId, Ct)).Single(o => o.ObjectNumber == gone.Object.ObjectNumber.Trim());
        Assert.Equal((deleted.Id, false), (restored.Id, restored.IsDeleted));
        Assert.False((await world.HarvestedAsync(Ct)).Single(h => h.ObjectId == restored.Id).Withdrawn);
        Assert.Equal(records.Count, (await world.SourceAsync(Ct)).RecordCount);
        await using var db = world.Database.CreateContext();
        var changes = await db.RecordVersions.AsNoTracking().Where(v => v.RecordType == Depot.Core.RecordType.Object && v.RecordId == restored.Id)
            .OrderBy(v => v.Version).Select(v => v.Change).ToListAsync(Ct);
        Assert.Equal([ChangeKind.Created, ChangeKind.Deleted, ChangeKind.Undeleted], changes);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_snapshot_source_withdraws_what_the_last_pass_did_not_bring(DatabaseEngine engine)
    {
        var world = await HarvestWorld.CreateAsync(engine, Ct);
        var records = HarvestWorld.LidoRecords();
        await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records, "s1"), Ct);
        await Task.Delay(20, Ct); // The pass starts after the first one's writes: times must differ.
        var pass = DateTimeOffset.UtcNow;
        await world.Sink.WriteAsync(world.Source, HarvestWorld.Page(records.Skip(1), "s2"), Ct);

        var withdrawn = await world.Sink.WithdrawNotSeenSinceAsync(world.Source, pass, "etag-2", Ct);

        Assert.Equal(1, withdrawn);
        var objects = await world.ObjectsAsync(world.OrganisationId, Ct);
        Assert.Equal([records[0].Object.ObjectNumber.Trim()], objects.Where(o => o.IsDeleted).Select(o => o.ObjectNumber));
        var source = await world.SourceAsync(Ct);
        Assert.Equal(("etag-2", (long)records.Count - 1), (source.State, source.RecordCount));
    }
}
