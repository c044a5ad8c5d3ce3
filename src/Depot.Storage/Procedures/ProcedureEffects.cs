using Depot.Core;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Procedures;

/// <summary>
/// What a saved procedure does to its objects, in the same transaction. Each effect is written
/// so that applying it twice changes nothing the second time: an edit of a completed acquisition
/// does not add object versions unless something really changes.
/// </summary>
internal static class ProcedureEffects
{
    public static Task ApplyAsync(RecordStore store, DepotDbContext db, IProcedure record, Actor actor, CancellationToken ct) => record switch
    {
        ObjectAcquisition { Status: AcquisitionStatus.Completed } a => CompleteAcquisitionAsync(store, db, a, actor, ct),
        ObjectExit { Status: ExitStatus.Completed } x => store.ChangeObjectsAsync(db, x.OrganisationId, x.ObjectIds, actor, x.Number,
            o => Set(o, CollectionStatus.Exited), ct),
        ConditionCheck { UpdatesObjects: true, ConditionId: long } c => LatestConditionAsync(store, db, c, actor, ct),
        _ => Task.CompletedTask,
    };

    /// <summary>The objects join the collection, and the entries the acquisition follows are dealt with: they close.</summary>
    private static async Task CompleteAcquisitionAsync(RecordStore store, DepotDbContext db, ObjectAcquisition a, Actor actor, CancellationToken ct)
    {
        await store.ChangeObjectsAsync(db, a.OrganisationId, a.ObjectIds, actor, a.Number,
            o => Acquire(o, new Acquisition(a.MethodId, a.SourceId, a.Date, a.Number)), ct);
        await store.ChangeRecordsAsync<ObjectEntry>(db, a.OrganisationId, a.EntryIds, actor, a.Number, e =>
        {
            if (e.Status == EntryStatus.Closed) return false;
            e.Status = EntryStatus.Closed;
            return true;
        }, ct);
    }

    private static bool Acquire(CollectionObject o, Acquisition acquisition)
    {
        if (o.CollectionStatus == CollectionStatus.InCollection && o.Acquisition == acquisition) return false;
        o.CollectionStatus = CollectionStatus.InCollection;
        o.Acquisition = acquisition;
        return true;
    }

    private static bool Set(CollectionObject o, CollectionStatus status)
    {
        if (o.CollectionStatus == status) return false;
        o.CollectionStatus = status;
        return true;
    }

    /// <summary>The object's condition follows its latest check (by date, then by order of entry), not merely the last one saved.</summary>
    private static async Task LatestConditionAsync(RecordStore store, DepotDbContext db, ConditionCheck check, Actor actor, CancellationToken ct)
    {
        var latestFor = new List<long>();
        foreach (var objectId in check.ObjectIds)
        {
            var latest = await (from p in db.Set<ProcedureObject>()
                                join c in db.Set<ConditionCheck>() on p.RecordId equals c.Id
                                where p.OrganisationId == check.OrganisationId && p.RecordType == RecordType.ConditionCheck
                                      && p.ObjectId == objectId && !c.IsDeleted && c.UpdatesObjects
                                orderby c.Date descending, c.Id descending
                                select c.Id).FirstOrDefaultAsync(ct);
            if (latest == check.Id) latestFor.Add(objectId);
        }
        if (latestFor.Count == 0) return;
        await store.ChangeObjectsAsync(db, check.OrganisationId, latestFor, actor, check.Number, o =>
        {
            if (o.ConditionId == check.ConditionId) return false;
            o.ConditionId = check.ConditionId;
            return true;
        }, ct);
    }
}
