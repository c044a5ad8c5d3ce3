using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Storage.Importing;

/// <summary>The real ids of a batch's new authorities, by their temporary (negative) ids.</summary>
internal sealed class BatchIds(Dictionary<long, long> concepts, Dictionary<long, long> agents, Dictionary<long, long> places)
{
    public long Concept(long id) => id < 0 ? concepts[id] : id;
    public long Agent(long id) => id < 0 ? agents[id] : id;
    public long Place(long id) => id < 0 ? places[id] : id;
}

/// <summary>Inserts a batch's new schemes, concepts, agents and places with their version-1 rows, in the batch's transaction.</summary>
internal static class BatchAuthorities
{
    public static async Task<BatchIds> AddAsync(DepotDbContext db, long organisationId, ImportBatch batch, Actor actor, string note,
        DateTimeOffset now, CancellationToken ct)
    {
        var schemes = new Dictionary<long, long>();
        if (batch.NewSchemes.Count > 0)
        {
            var temps = batch.NewSchemes.Select(s => s.Id).ToList();
            foreach (var s in batch.NewSchemes)
            {
                s.Id = 0;
                s.OrganisationId = organisationId;
                s.CreatedAt = now;
                db.ConceptSchemes.Add(s);
            }
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < temps.Count; i++) schemes[temps[i]] = batch.NewSchemes[i].Id;
        }
        foreach (var c in batch.NewConcepts)
            if (c.SchemeId < 0) c.SchemeId = schemes[c.SchemeId];

        var concepts = Add(db, batch.NewConcepts, organisationId, now, actor);
        var agents = Add(db, batch.NewAgents, organisationId, now, actor);
        var places = Add(db, batch.NewPlaces, organisationId, now, actor);
        if (batch.NewConcepts.Count + batch.NewAgents.Count + batch.NewPlaces.Count == 0) return new BatchIds(concepts, agents, places);
        await db.SaveChangesAsync(ct);
        Versions(db, batch.NewConcepts, concepts, actor, note, now);
        Versions(db, batch.NewAgents, agents, actor, note, now);
        Versions(db, batch.NewPlaces, places, actor, note, now);
        return new BatchIds(concepts, agents, places);
    }

    /// <summary>Adds the records with id 0 (the database gives them one); returns their temporary ids, mapped once saved.</summary>
    private static Dictionary<long, long> Add<T>(DepotDbContext db, List<T> records, long organisationId, DateTimeOffset now, Actor actor)
        where T : class, IVersionedRecord
    {
        var map = new Dictionary<long, long>();
        foreach (var r in records)
        {
            map[r.Id] = 0;
            r.Id = 0;
            r.OrganisationId = organisationId;
            r.Version = 1;
            r.IsDeleted = false;
            r.CreatedAt = now;
            r.UpdatedAt = now;
            r.UpdatedBy = actor.Name;
            db.Add(r);
        }
        return map;
    }

    private static void Versions<T>(DepotDbContext db, List<T> records, Dictionary<long, long> map, Actor actor, string note, DateTimeOffset now)
        where T : class, IVersionedRecord
    {
        var temps = map.Keys.ToList();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            map[temps[i]] = r.Id;
            db.RecordVersions.Add(new RecordVersion
            {
                OrganisationId = r.OrganisationId,
                RecordType = RecordKinds.Of<T>(),
                RecordId = r.Id,
                Version = 1,
                Change = ChangeKind.Created,
                UserId = actor.UserId,
                ChangedBy = actor.Name,
                ChangedAt = now,
                Note = note,
                Snapshot = DepotJson.Serialize(r),
            });
        }
    }
}
