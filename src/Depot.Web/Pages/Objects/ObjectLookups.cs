using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Lookup;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Objects;

/// <summary>The ids of the authority records some objects (or a form) point at, per kind.</summary>
public sealed class ObjectReferences
{
    public HashSet<long> Concepts { get; } = [];
    public HashSet<long> Agents { get; } = [];
    public HashSet<long> Places { get; } = [];
    public HashSet<long> Locations { get; } = [];

    public static ObjectReferences Of(IEnumerable<CollectionObject> objects)
    {
        var r = new ObjectReferences();
        foreach (var o in objects) r.Add(o);
        return r;
    }

    public void Add(CollectionObject o)
    {
        AddIf(Concepts, o.ObjectNameId, o.ConditionId, o.Acquisition?.MethodId);
        Concepts.UnionWith(o.MaterialIds);
        Concepts.UnionWith(o.TechniqueIds);
        AddIf(Agents, o.Acquisition?.SourceAgentId);
        Agents.UnionWith(o.Makers.Select(m => m.AgentId));
        AddIf(Locations, o.CurrentLocationId, o.PermanentLocationId);
        foreach (var s in o.Subjects)
            (s.Kind switch { SubjectKind.DepictedAgent => Agents, SubjectKind.DepictedPlace => Places, _ => Concepts }).Add(s.RecordId);
    }

    public static void AddIf(HashSet<long> set, params long?[] ids)
    {
        foreach (var id in ids)
            if (id is long v) set.Add(v);
    }
}

/// <summary>
/// Loads the labels of exactly the terms, agents, places and locations a record refers to (and the
/// ancestors of its locations): a handful of indexed look-ups however large the organisation is.
/// Pickers find everything else on demand (<see cref="AuthorityLookup"/>).
/// </summary>
public sealed class ObjectLookups(DepotDatabase database)
{
    public Task<LookupSet> LoadAsync(long organisationId, CollectionObject o, string language, CancellationToken ct) =>
        LoadAsync(organisationId, ObjectReferences.Of([o]), language, ct);

    public async Task<LookupSet> LoadAsync(long organisationId, ObjectReferences refs, string language, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var concepts = refs.Concepts.Count == 0 ? [] : await db.Concepts.Where(c => c.OrganisationId == organisationId && refs.Concepts.Contains(c.Id)).ToListAsync(ct);
        var agents = refs.Agents.Count == 0 ? [] : await db.Agents.Where(a => a.OrganisationId == organisationId && refs.Agents.Contains(a.Id)).ToListAsync(ct);
        var places = refs.Places.Count == 0 ? [] : await db.Places.Where(p => p.OrganisationId == organisationId && refs.Places.Contains(p.Id)).ToListAsync(ct);
        var locations = refs.Locations.Count == 0 ? [] : await db.Locations.Where(l => l.OrganisationId == organisationId && refs.Locations.Contains(l.Id)).ToListAsync(ct);
        var paths = locations.Count == 0 ? [] : await LocationPaths.LoadAsync(db, organisationId, locations, ct);
        return new LookupSet(language, concepts, agents, places, paths);
    }
}

/// <summary>Labels in the request's language; deleted records still resolve (old versions point at them).</summary>
public sealed class LookupSet(string language, List<Concept> concepts, List<Agent> agents, List<Place> places, Dictionary<long, string> locationPaths)
{
    public static LookupSet Empty(string language) => new(language, [], [], [], []);

    private readonly Dictionary<long, Concept> _concepts = concepts.ToDictionary(c => c.Id);
    private readonly Dictionary<long, string> _agents = agents.ToDictionary(a => a.Id, a => a.Name);
    private readonly Dictionary<long, string> _places = places.ToDictionary(p => p.Id, p => p.Name);

    public string Language => language;

    public string Concept(long? id) => id is long v && _concepts.TryGetValue(v, out var c) ? c.Label(language) : id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public string Agent(long? id) => id is long v && _agents.TryGetValue(v, out var a) ? a : "";

    public string Place(long? id) => id is long v && _places.TryGetValue(v, out var p) ? p : "";

    /// <summary>"Depot Noord › Zaal 2 › Kast 3 (D1.Z2.K3)".</summary>
    public string Location(long? id) => id is long v && locationPaths.TryGetValue(v, out var path) ? path : "";

    public string Subject(SubjectReference s) => s.Kind switch
    {
        SubjectKind.DepictedAgent => Agent(s.RecordId),
        SubjectKind.DepictedPlace => Place(s.RecordId),
        _ => Concept(s.RecordId),
    };
}
