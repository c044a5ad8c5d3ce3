using Depot.Core.Preservation;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Files;

/// <summary>Deletion, restore and purge on SQLite and PostgreSQL: bytes kept through the grace period, removed only when no file holds them.</summary>
public sealed class DeletionAndPurgeContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Deleted_bytes_stay_through_the_grace_period_and_are_purged_after(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct, o => o.DeletionGracePeriod = TimeSpan.FromDays(30));
        var bytes = Bytes.Random(10_000, 1);
        var file = (await w.IngestAsync(bytes, "weg.bin", Ct)).File!;

        var deleted = await w.Deletion.DeleteAsync(w.OrganisationId, file.Id, w.Registrar, "dubbel gescand", Ct);
        Assert.Equal(("An Peeters", "dubbel gescand", w.Clock.GetUtcNow().AddDays(30)), (deleted!.DeletedBy, deleted.DeletionReason, deleted.PurgeAfter));
        w.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal((0, 0), ((await w.Purge.RunAsync(null, Ct)).Files, (await w.Purge.RunAsync(null, Ct)).Contents));
        Assert.True(File.Exists(w.Folder(0).PathOf(file.Sha256)));

        w.Clock.Advance(TimeSpan.FromDays(2));
        var purged = await w.Purge.RunAsync(null, Ct);

        Assert.Equal((1, 1), (purged.Files, purged.Contents));
        Assert.False(File.Exists(w.Folder(0).PathOf(file.Sha256)));
        Assert.False(File.Exists(w.Folder(1).PathOf(file.Sha256)));
        await using var db = w.Database.CreateContext();
        Assert.NotNull((await db.DigitalFiles.SingleAsync(f => f.Id == file.Id, Ct)).PurgedAt);
        Assert.NotNull((await db.StoredContents.SingleAsync(c => c.Sha256 == file.Sha256, Ct)).PurgedAt);
        Assert.All(await db.ContentReplicas.ToListAsync(Ct), r => Assert.Equal(ReplicaState.Purged, r.State));
        var events = await db.PreservationEvents.Where(e => e.FileId == file.Id && (e.Type == PreservationEventType.Deletion || e.Type == PreservationEventType.Purge))
            .OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal([PreservationEventType.Deletion, PreservationEventType.Purge], events.Select(e => e.Type));
        Assert.Contains("dubbel gescand", events[0].Detail, StringComparison.Ordinal);

        // The same bytes ingested again after the purge are written back.
        var again = await w.IngestAsync(bytes, "terug.bin", Ct);
        Assert.False(again.Duplicate);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(w.Folder(1).PathOf(file.Sha256), Ct));
        await using var after = w.Database.CreateContext();
        Assert.Null((await after.StoredContents.SingleAsync(c => c.Sha256 == file.Sha256, Ct)).PurgedAt);
        Assert.All(await after.ContentReplicas.ToListAsync(Ct), r => Assert.Equal(ReplicaState.Present, r.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bytes_another_organisation_still_holds_are_not_removed(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct, o => o.DeletionGracePeriod = TimeSpan.Zero);
        var bytes = Bytes.Random(10_000, 2);
        var ours = (await w.IngestAsync(bytes, "gedeeld.bin", Ct)).File!;
        await w.IngestAsync(bytes, "gedeeld.bin", Ct, organisationId: await PreservationWorld.AddOrganisationAsync(w.Database, "archief", Ct));

        await w.Deletion.DeleteAsync(w.OrganisationId, ours.Id, w.Registrar, "", Ct);
        var purged = await w.Purge.RunAsync(null, Ct);

        Assert.Equal((1, 0), (purged.Files, purged.Contents));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(w.Folder(0).PathOf(ours.Sha256), Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_deletion_is_undone_within_the_grace_period_but_not_for_another_organisation(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var file = (await w.IngestAsync(Bytes.Random(1000, 3), "terug.bin", Ct)).File!;
        var other = await PreservationWorld.AddOrganisationAsync(w.Database, "ander", Ct);

        Assert.Null(await w.Deletion.DeleteAsync(other, file.Id, w.Registrar, "", Ct));
        await w.Deletion.DeleteAsync(w.OrganisationId, file.Id, w.Registrar, "per ongeluk", Ct);
        Assert.False(await w.Deletion.RestoreAsync(other, file.Id, w.Registrar, Ct));
        Assert.True(await w.Deletion.RestoreAsync(w.OrganisationId, file.Id, w.Registrar, Ct));
        w.Clock.Advance(TimeSpan.FromDays(365));
        await w.Purge.RunAsync(null, Ct);

        await using var db = w.Database.CreateContext();
        var kept = await db.DigitalFiles.SingleAsync(f => f.Id == file.Id, Ct);
        Assert.Equal((null, null, null), (kept.DeletedAt, kept.PurgeAfter, kept.PurgedAt));
        Assert.True(File.Exists(w.Folder(0).PathOf(file.Sha256)));
        Assert.Equal(2, await db.PreservationEvents.CountAsync(e => e.FileId == file.Id && e.Type == PreservationEventType.Deletion, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task An_abandoned_upload_expires_and_its_bytes_are_removed(DatabaseEngine engine)
    {
        var w = await PreservationWorld.CreateAsync(engine, Ct);
        var now = w.Clock.GetUtcNow();
        var stale = new UploadSession { Id = Guid.NewGuid(), OrganisationId = w.OrganisationId, FileName = "groot.tif", ExpectedLength = 10, CreatedAt = now, ExpiresAt = now.AddDays(2) };
        var fresh = new UploadSession { Id = Guid.NewGuid(), OrganisationId = w.OrganisationId, FileName = "nieuw.tif", ExpectedLength = 10, CreatedAt = now, ExpiresAt = now.AddDays(4) };
        await using (var db = w.Database.CreateContext())
        {
            db.UploadSessions.AddRange(stale, fresh);
            await db.SaveChangesAsync(Ct);
        }
        await File.WriteAllBytesAsync(w.Uploads.PartFile(w.OrganisationId, stale.Id), [1, 2, 3], Ct);
        await File.WriteAllBytesAsync(w.Uploads.PartFile(w.OrganisationId, fresh.Id), [4, 5, 6], Ct);
        w.Clock.Advance(TimeSpan.FromDays(3));

        var result = await w.Purge.RunAsync(null, Ct);

        Assert.Equal(1, result.Uploads);
        Assert.False(File.Exists(w.Uploads.PartFile(w.OrganisationId, stale.Id)));
        Assert.True(File.Exists(w.Uploads.PartFile(w.OrganisationId, fresh.Id)));
        await using var check = w.Database.CreateContext();
        Assert.Equal(UploadState.Expired, (await check.UploadSessions.SingleAsync(u => u.Id == stale.Id, Ct)).State);
        Assert.Equal(UploadState.Receiving, (await check.UploadSessions.SingleAsync(u => u.Id == fresh.Id, Ct)).State);
    }
}
