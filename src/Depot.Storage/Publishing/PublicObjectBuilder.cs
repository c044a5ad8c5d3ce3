using Depot.Core.Organisations;
using Depot.Core.Preservation;
using Depot.Core.Publishing;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Publishing;

/// <summary>
/// Turns registrations into their public shape (<see cref="PublicObject"/>): copies only the
/// public fields and resolves every authority reference to its current public labels. Works on
/// a batch at a time, with one query per authority kind, so a feed of a million records does
/// not cost a million lookups.
/// </summary>
public static class PublicObjectBuilder
{
    /// <summary>Whether a registration in this state is published at all.</summary>
    public static bool IsPublishable(CollectionObject o) => !o.IsDeleted && o.PublicationStatus == PublicationStatus.Public;

    public static async Task<IReadOnlyList<PublicObject>> BuildAsync(DepotDbContext db, IReadOnlyList<CollectionObject> objects, CancellationToken ct)
    {
        if (objects.Count == 0) return [];
        var organisationIds = objects.Select(o => o.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);

        var conceptIds = new HashSet<long>();
        var agentIds = new HashSet<long>();
        var placeIds = new HashSet<long>();
        foreach (var o in objects)
        {
            if (o.ObjectNameId is long name) conceptIds.Add(name);
            conceptIds.UnionWith(o.MaterialIds);
            conceptIds.UnionWith(o.TechniqueIds);
            agentIds.UnionWith(o.Makers.Select(m => m.AgentId));
            foreach (var s in o.Subjects)
                (s.Kind switch { SubjectKind.DepictedAgent => agentIds, SubjectKind.DepictedPlace => placeIds, _ => conceptIds }).Add(s.RecordId);
        }
        var concepts = await LoadAsync(db.Concepts, conceptIds, c => c.Id, ct);
        var agents = await LoadAsync(db.Agents, agentIds, a => a.Id, ct);
        var places = await LoadAsync(db.Places, placeIds, p => p.Id, ct);

        var objectIds = objects.Select(o => o.Id).ToList();
        var imageRows = await db.ObjectImages.Where(i => objectIds.Contains(i.ObjectId) && i.IsPublic).ToListAsync(ct);
        // Depot files with their pyramid made get an image service; only their id leaves, as the service's key.
        var fileIds = imageRows.Where(i => i.FileId is not null).Select(i => i.FileId!.Value).Distinct().ToList();
        HashSet<long> served = fileIds.Count == 0 ? [] : (await db.DigitalFiles
            .Where(f => fileIds.Contains(f.Id) && f.Derivatives == DerivativeState.Ready && f.DeletedAt == null).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
        var images = imageRows.GroupBy(i => i.ObjectId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublicImage>)g.OrderBy(i => i.Position).ThenBy(i => i.Id)
                .Select(i => new PublicImage(i.Id, i.MediaType, i.Width, i.Height, i.Caption,
                    i.FileId is long f && served.Contains(f) ? f : null)).ToList());

        // Harvested objects name their source: the portal and every RDF route carry it.
        var provenance = await (from h in db.HarvestedRecords
                                join s in db.HarvestSources on h.SourceId equals s.Id
                                where objectIds.Contains(h.ObjectId)
                                select new { h.ObjectId, s.Name, s.Url, h.SourceIdentifier, h.SourceVersion, h.HarvestedAt })
            .ToDictionaryAsync(h => h.ObjectId, h => new PublicProvenance(h.Name, h.Url, h.SourceIdentifier, h.SourceVersion, h.HarvestedAt), ct);

        return objects.Select(o => new PublicObject
        {
            Id = o.Id,
            Organisation = ToPublic(organisations[o.OrganisationId]),
            ObjectNumber = o.ObjectNumber,
            Titles = o.Titles,
            ShortDescription = o.ShortDescription,
            NumberOfParts = o.NumberOfParts,
            ObjectName = o.ObjectNameId is long n && concepts.TryGetValue(n, out var name) ? ToPublic(name) : null,
            Makers = o.Makers.Where(m => agents.ContainsKey(m.AgentId))
                .Select(m => new PublicMaker(ToPublic(agents[m.AgentId]), m.Role, m.Qualifier)).ToList(),
            Dating = o.Dating is { } d ? ToPublic(d) : null,
            Materials = Terms(o.MaterialIds, concepts),
            Techniques = Terms(o.TechniqueIds, concepts),
            Dimensions = o.Dimensions,
            Subjects = o.Subjects.Select(s => Subject(s, concepts, agents, places)).OfType<PublicSubject>().ToList(),
            Inscriptions = o.Inscriptions,
            Rights = o.Rights,
            Images = images.GetValueOrDefault(o.Id) ?? [],
            Version = o.Version,
            UpdatedAt = o.UpdatedAt,
            Provenance = provenance.GetValueOrDefault(o.Id),
        }).ToList();
    }

    public static PublicOrganisation ToPublic(Organisation o) => new(o.Id, o.Slug, o.Name, o.Kind.ToString(), o.Address.City);

    public static PublicTerm ToPublic(Concept c) => new(c.Id, c.PrefLabelNl, c.PrefLabelEn, c.Uri, c.ExactMatches);

    public static PublicAgent ToPublic(Agent a) =>
        new(a.Id, a.Name, a.Kind == AgentKind.Person, a.Birth?.Text ?? "", a.Death?.Text ?? "", a.ExternalIds.Select(x => x.ToUri()).Where(IsUri).ToList());

    public static PublicPlace ToPublic(Place p) =>
        new(p.Id, p.Name, p.Latitude, p.Longitude, p.ExternalIds.Select(x => x.ToUri()).Where(IsUri).ToList());

    private static PublicDating ToPublic(HistoricalDate d) => new(d.Text, d.Earliest, d.Latest, d.ToEdtf());

    private static bool IsUri(string s) => s.StartsWith("http://", StringComparison.Ordinal) || s.StartsWith("https://", StringComparison.Ordinal);

    private static List<PublicTerm> Terms(IEnumerable<long> ids, Dictionary<long, Concept> concepts) =>
        ids.Where(concepts.ContainsKey).Select(id => ToPublic(concepts[id])).ToList();

    private static PublicSubject? Subject(SubjectReference s, Dictionary<long, Concept> concepts,
        Dictionary<long, Agent> agents, Dictionary<long, Place> places) => s.Kind switch
        {
            SubjectKind.DepictedAgent => agents.TryGetValue(s.RecordId, out var a) ? new PublicSubject(s.Kind, null, ToPublic(a), null) : null,
            SubjectKind.DepictedPlace => places.TryGetValue(s.RecordId, out var p) ? new PublicSubject(s.Kind, null, null, ToPublic(p)) : null,
            _ => concepts.TryGetValue(s.RecordId, out var c) ? new PublicSubject(s.Kind, ToPublic(c), null, null) : null,
        };

    // Deleted authorities drop out of the public shape; chunks keep IN lists within engine limits.
    private static async Task<Dictionary<long, T>> LoadAsync<T>(IQueryable<T> table, HashSet<long> ids, Func<T, long> key, CancellationToken ct)
        where T : class, Core.IVersionedRecord
    {
        var result = new Dictionary<long, T>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var r in await table.Where(r => chunk.Contains(r.Id) && !r.IsDeleted).ToListAsync(ct))
                result[key(r)] = r;
        return result;
    }
}
