using Depot.Core;
using Depot.Core.Organisations;
using Depot.Core.Publishing;
using Depot.Publishing.Oai;
using Depot.Storage.Database;

namespace Depot.Publishing.Tests.Oai;

/// <summary>The OAI list queries (plain SQL over published_records) on SQLite and on PostgreSQL.</summary>
public sealed class OaiStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Pages_walk_datestamp_and_id_order_from_the_keyset_position_within_from_and_until(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var t0 = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        long organisationId;
        await using (var db = database.CreateContext())
        {
            var org = new Organisation { Slug = "contract", Name = "Contractmuseum", CreatedAt = t0 };
            db.Organisations.Add(org);
            await db.SaveChangesAsync(Ct);
            organisationId = org.Id;
            // Ids 1..6; 2 and 3 share a datestamp, 6 is deleted.
            DateTimeOffset[] stamps = [t0.AddSeconds(5), t0.AddSeconds(1.25), t0.AddSeconds(1.25), t0.AddHours(1), t0.AddDays(1), t0.AddSeconds(0.5)];
            for (var i = 0; i < stamps.Length; i++)
            {
                var id = i + 1;
                var shape = new PublicObject { Id = id, Organisation = new PublicOrganisation(org.Id, org.Slug, org.Name, "Museum", ""), ObjectNumber = $"C.{id}" };
                var e = new PublicationEvent { OrganisationId = org.Id, RecordType = RecordType.Object, RecordId = id, At = stamps[i], Snapshot = id == 6 ? "" : DepotJson.Serialize(shape), Change = id == 6 ? PublicationChange.Withdrawn : PublicationChange.Published };
                db.PublicationEvents.Add(e);
                await db.SaveChangesAsync(Ct);
                db.PublishedRecords.Add(new PublishedRecord { RecordType = RecordType.Object, RecordId = id, OrganisationId = org.Id, IsPublic = id != 6, IsDeleted = id == 6, LastEventSequence = e.Sequence, Datestamp = stamps[i], FirstPublishedAt = stamps[i] });
            }
            await db.SaveChangesAsync(Ct);
        }
        var store = new OaiStore(database);

        Assert.Equal(t0.AddSeconds(0.5), await store.EarliestDatestampAsync(Ct));
        var all = new OaiScope(organisationId, null, null, null);
        Assert.Equal(6, await store.CountAsync(all, Ct));
        var first = await store.PageAsync(all, null, 0, 3, Ct);
        Assert.Equal([6L, 2, 3], first.Select(i => i.ObjectId));
        Assert.True(first[0].IsDeleted);
        Assert.Equal("C.2", first[1].Object!.ObjectNumber);
        Assert.Equal(["org:contract"], first[1].SetSpecs);
        var second = await store.PageAsync(all, first[^1].Datestamp, first[^1].ObjectId, 3, Ct);
        Assert.Equal([1L, 4, 5], second.Select(i => i.ObjectId));
        var afterTie = await store.PageAsync(all, first[1].Datestamp, 2, 10, Ct);
        Assert.Equal([3L, 1, 4, 5], afterTie.Select(i => i.ObjectId));

        var window = new OaiScope(null, null, t0.AddSeconds(1), t0.AddHours(1).AddSeconds(1));
        Assert.Equal([2L, 3, 1, 4], (await store.PageAsync(window, null, 0, 10, Ct)).Select(i => i.ObjectId));
        Assert.Equal(4, await store.CountAsync(window, Ct));
        Assert.Null(await store.ScopeAsync("org:elders", null, null, Ct));
        Assert.Equal(organisationId, (await store.ScopeAsync("org:contract", null, null, Ct))!.OrganisationId);
    }
}
