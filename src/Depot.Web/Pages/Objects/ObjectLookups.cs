using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Objects;

/// <summary>One choice in a select: a concept, agent or location, with the thesaurus it belongs to.</summary>
public sealed record Choice(long Id, string Label, string Group = "");

/// <summary>Loads the terms, agents and locations of one organisation for labels and selects.</summary>
public sealed class ObjectLookups(DepotDatabase database)
{
    public async Task<LookupSet> LoadAsync(long organisationId, string language, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var schemes = await db.ConceptSchemes.Where(s => s.OrganisationId == organisationId).ToListAsync(ct);
        var concepts = await db.Concepts.Where(c => c.OrganisationId == organisationId).ToListAsync(ct);
        var agents = await db.Agents.Where(a => a.OrganisationId == organisationId).ToListAsync(ct);
        var locations = await db.Locations.Where(l => l.OrganisationId == organisationId).ToListAsync(ct);
        var places = await db.Places.Where(p => p.OrganisationId == organisationId).ToListAsync(ct);
        return new LookupSet(language, schemes, concepts, agents, locations, places);
    }
}

/// <summary>Labels in the request's language; deleted records still resolve (old versions point at them) but are not offered.</summary>
public sealed class LookupSet(string language, List<ConceptScheme> schemes, List<Concept> concepts, List<Agent> agents, List<Location> locations, List<Place> places)
{
    private readonly Dictionary<long, Place> _places = places.ToDictionary(p => p.Id);
    private readonly Dictionary<long, Concept> _concepts = concepts.ToDictionary(c => c.Id);
    private readonly Dictionary<long, Agent> _agents = agents.ToDictionary(a => a.Id);
    private readonly Dictionary<long, Location> _locations = locations.ToDictionary(l => l.Id);

    private bool English => language == "en";

    public string Concept(long? id) => id is long v && _concepts.TryGetValue(v, out var c) ? c.Label(language) : id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public string Agent(long? id) => id is long v && _agents.TryGetValue(v, out var a) ? a.Name : "";

    public string Place(long? id) => id is long v && _places.TryGetValue(v, out var p) ? p.Name : "";

    /// <summary>"Depot Noord › Zaal 2 › Kast 3 (D1.Z2.K3)".</summary>
    public string Location(long? id)
    {
        if (id is not long v || !_locations.TryGetValue(v, out var location)) return "";
        var names = new List<string>();
        for (var l = location; l is not null && names.Count < 10; l = l.ParentId is long p ? _locations.GetValueOrDefault(p) : null)
            names.Insert(0, l.Name);
        var path = string.Join(" › ", names);
        return location.Code.Length > 0 ? $"{path} ({location.Code})" : path;
    }

    /// <summary>
    /// Concepts for a field, from the thesauri whose title or URI mentions one of the hints
    /// (objectnaam, materiaal …); all thesauri when none does, grouped per thesaurus.
    /// </summary>
    public IReadOnlyList<Choice> ConceptOptions(params string[] schemeHints)
    {
        var matching = schemes.Where(s => schemeHints.Any(h =>
            s.TitleNl.Contains(h, StringComparison.OrdinalIgnoreCase) || s.TitleEn.Contains(h, StringComparison.OrdinalIgnoreCase) ||
            s.Uri.Contains(h, StringComparison.OrdinalIgnoreCase))).Select(s => s.Id).ToHashSet();
        var titles = schemes.ToDictionary(s => s.Id, s => English && s.TitleEn.Length > 0 ? s.TitleEn : s.TitleNl);
        return _concepts.Values
            .Where(c => !c.IsDeleted && (matching.Count == 0 || matching.Contains(c.SchemeId)))
            .Select(c => new Choice(c.Id, c.Label(language), titles.GetValueOrDefault(c.SchemeId, "")))
            .OrderBy(o => o.Group, StringComparer.CurrentCulture).ThenBy(o => o.Label, StringComparer.CurrentCulture).ToList();
    }

    public IReadOnlyList<Choice> AgentOptions() =>
        _agents.Values.Where(a => !a.IsDeleted).OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(a => new Choice(a.Id, a.Name)).ToList();

    public IReadOnlyList<Choice> LocationOptions() =>
        _locations.Values.Where(l => !l.IsDeleted).Select(l => new Choice(l.Id, Location(l.Id)))
            .OrderBy(o => o.Label, StringComparer.CurrentCulture).ToList();
}
