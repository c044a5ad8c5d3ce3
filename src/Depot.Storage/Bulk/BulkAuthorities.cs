using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Storage.Bulk;

/// <summary>
/// Loads an <see cref="AuthoritySet"/> in one transaction: hundreds of records, so EF is fast
/// enough; what matters is one round of ids and one save instead of a transaction per record.
/// </summary>
internal static class BulkAuthorities
{
    public static async Task LoadAsync(DepotDatabase database, TimeProvider clock, long organisationId, AuthoritySet set, Actor actor, CancellationToken ct)
    {
        if (set.IsLoaded) throw new InvalidOperationException("This authority set is already loaded: its ids are real ids now.");
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var schemes = await IdBlock.ReserveAsync(db, "concept_schemes", set.Schemes.Count, ct);
        var concepts = await IdBlock.ReserveAsync(db, "concepts", set.Concepts.Count, ct);
        var agents = await IdBlock.ReserveAsync(db, "agents", set.Agents.Count, ct);
        var places = await IdBlock.ReserveAsync(db, "places", set.Places.Count, ct);
        var locations = await IdBlock.ReserveAsync(db, "locations", set.Locations.Count, ct);

        foreach (var s in set.Schemes)
        {
            s.Id = schemes.Real(s.Id);
            s.OrganisationId = organisationId;
            s.CreatedAt = now;
        }
        foreach (var c in set.Concepts)
        {
            c.Id = concepts.Real(c.Id);
            c.SchemeId = schemes.Real(c.SchemeId);
            c.BroaderId = c.BroaderId is long b ? concepts.Real(b) : null;
        }
        foreach (var a in set.Agents) a.Id = agents.Real(a.Id);
        foreach (var p in set.Places)
        {
            p.Id = places.Real(p.Id);
            p.BroaderId = p.BroaderId is long b ? places.Real(b) : null;
        }
        foreach (var l in set.Locations)
        {
            l.Id = locations.Real(l.Id);
            l.ParentId = l.ParentId is long parent ? locations.Real(parent) : null;
        }

        db.ConceptSchemes.AddRange(set.Schemes);
        AddVersioned(db, set.Concepts, organisationId, now, actor);
        AddVersioned(db, set.Agents, organisationId, now, actor);
        AddVersioned(db, set.Places, organisationId, now, actor);
        AddVersioned(db, set.Locations, organisationId, now, actor);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        set.IsLoaded = true;
    }

    private static void AddVersioned<T>(DepotDbContext db, List<T> records, long organisationId, DateTimeOffset now, Actor actor)
        where T : class, IVersionedRecord
    {
        foreach (var r in records)
        {
            r.OrganisationId = organisationId;
            r.Version = 1;
            r.IsDeleted = false;
            r.CreatedAt = now;
            r.UpdatedAt = now;
            r.UpdatedBy = actor.Name;
            db.Add(r);
            db.RecordVersions.Add(new RecordVersion
            {
                OrganisationId = organisationId,
                RecordType = RecordKinds.Of<T>(),
                RecordId = r.Id,
                Version = 1,
                Change = ChangeKind.Created,
                UserId = actor.UserId,
                ChangedBy = actor.Name,
                ChangedAt = now,
                Note = BulkLoader.Note,
                Snapshot = DepotJson.Serialize(r),
            });
        }
    }
}
