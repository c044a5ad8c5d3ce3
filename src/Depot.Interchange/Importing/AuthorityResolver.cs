using Depot.Core.Registration.Authorities;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Importing;

/// <summary>
/// Finds the organisation's concept, agent, place or location for a reference in a source record,
/// and creates what is missing, within one run: the authorities are read once into memory and
/// every record after that is resolved without a query. Concepts match by URI, exactMatch or local
/// id first, then by label (Dutch, English, alternative; case-insensitive), preferring a thesaurus
/// whose purpose fits the field; unmatched terms go into a "Geïmporteerde termen" thesaurus per
/// purpose. Agents and places match by external id (as scheme and value or as URI), then by name.
/// </summary>
internal sealed partial class AuthorityResolver
{
    private readonly Dictionary<long, ThesaurusPurpose> schemePurpose = [];
    private readonly Dictionary<ThesaurusPurpose, ConceptScheme> importSchemes = [];
    private readonly Dictionary<string, Ref> conceptById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Ref>> conceptByLabel = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Ref> agentById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Ref> agentByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Ref> placeById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Ref> placeByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> locations = new(StringComparer.OrdinalIgnoreCase);
    private long nextTemp;

    /// <summary>
    /// An authority in the indexes: a stored one by its id, or one created in this run, whose id is
    /// temporary (negative) until its batch is written and real after.
    /// </summary>
    private sealed class Ref(long id, ThesaurusPurpose purpose = ThesaurusPurpose.General, Depot.Core.IVersionedRecord? created = null)
    {
        public long Id => created?.Id ?? id;
        public ThesaurusPurpose Purpose { get; } = purpose;
    }

    public static async Task<AuthorityResolver> LoadAsync(DepotDatabase database, long organisationId, CancellationToken ct)
    {
        var r = new AuthorityResolver();
        await using var db = database.CreateContext();
        foreach (var s in await db.ConceptSchemes.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync(ct))
        {
            r.schemePurpose[s.Id] = s.Purpose;
            if (ImportSchemes.PurposeOf(s.Uri) is ThesaurusPurpose p) r.importSchemes.TryAdd(p, s);
        }
        var concepts = db.Concepts.AsNoTracking().Where(c => c.OrganisationId == organisationId && !c.IsDeleted)
            .Select(c => new { c.Id, c.SchemeId, c.Uri, c.PrefLabelNl, c.PrefLabelEn, c.AltLabels, c.ExactMatches }).AsAsyncEnumerable();
        await foreach (var c in concepts.WithCancellation(ct))
            r.IndexConcept(new Ref(c.Id, r.schemePurpose.GetValueOrDefault(c.SchemeId)), c.Uri, c.ExactMatches, [c.PrefLabelNl, c.PrefLabelEn, .. c.AltLabels]);
        var agents = db.Agents.AsNoTracking().Where(a => a.OrganisationId == organisationId && !a.IsDeleted)
            .Select(a => new { a.Id, a.Name, a.ExternalIds }).AsAsyncEnumerable();
        await foreach (var a in agents.WithCancellation(ct)) Index(r.agentById, r.agentByName, new Ref(a.Id), a.Name, a.ExternalIds);
        var places = db.Places.AsNoTracking().Where(p => p.OrganisationId == organisationId && !p.IsDeleted)
            .Select(p => new { p.Id, p.Name, p.ExternalIds }).AsAsyncEnumerable();
        await foreach (var p in places.WithCancellation(ct)) Index(r.placeById, r.placeByName, new Ref(p.Id), p.Name, p.ExternalIds);
        foreach (var l in await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId && !l.IsDeleted)
                     .Select(l => new { l.Id, l.Code, l.Name }).ToListAsync(ct))
        {
            if (l.Code.Length > 0) r.locations.TryAdd(l.Code, l.Id);
            if (l.Name.Length > 0) r.locations.TryAdd(l.Name, l.Id);
        }
        return r;
    }

    /// <summary>The location with this code or name, or null.</summary>
    public long? Location(string codeOrName) =>
        codeOrName.Length > 0 && locations.TryGetValue(codeOrName.Trim(), out var id) ? id : null;

    /// <summary>The agent for this reference, created in <paramref name="batch"/> when the organisation has none; null when the reference is empty.</summary>
    public long? Agent(SourceAgent? agent, ImportBatch batch)
    {
        if (agent is null) return null;
        var name = agent.Name.Trim();
        if (Find(agentById, agentByName, name, agent.Ids) is { } found) return found.Id;
        if (name.Length == 0 && agent.Ids.Count == 0) return null;
        var created = new Agent
        {
            Id = --nextTemp, Kind = agent.Kind, Name = name.Length > 0 ? name : agent.Ids[0].Value,
            Birth = agent.Birth, Death = agent.Death, ExternalIds = [.. agent.Ids],
        };
        batch.NewAgents.Add(created);
        Index(agentById, agentByName, new Ref(0, created: created), created.Name, created.ExternalIds);
        return created.Id;
    }

    public long? Place(SourcePlace? place, ImportBatch batch)
    {
        if (place is null) return null;
        var name = place.Name.Trim();
        if (Find(placeById, placeByName, name, place.Ids) is { } found) return found.Id;
        if (name.Length == 0 && place.Ids.Count == 0) return null;
        var created = new Place { Id = --nextTemp, Name = name.Length > 0 ? name : place.Ids[0].Value, ExternalIds = [.. place.Ids] };
        batch.NewPlaces.Add(created);
        Index(placeById, placeByName, new Ref(0, created: created), created.Name, created.ExternalIds);
        return created.Id;
    }

    private static Ref? Find(Dictionary<string, Ref> byId, Dictionary<string, Ref> byName, string name, IReadOnlyList<ExternalId> ids)
    {
        foreach (var id in ids)
            if (byId.TryGetValue(Key(id), out var hit) || byId.TryGetValue(id.ToUri(), out hit)) return hit;
        return name.Length > 0 && byName.TryGetValue(name, out var byLabel) ? byLabel : null;
    }

    private static void Index(Dictionary<string, Ref> byId, Dictionary<string, Ref> byName, Ref id, string name, IEnumerable<ExternalId> ids)
    {
        foreach (var x in ids)
        {
            byId.TryAdd(Key(x), id);
            byId.TryAdd(x.ToUri(), id);
        }
        if (name.Length > 0) byName.TryAdd(name.Trim(), id);
    }

    private static string Key(ExternalId id) => id.Scheme.Trim() + ":" + id.Value.Trim();
}
