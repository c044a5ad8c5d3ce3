using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;

namespace Depot.Storage.Bulk;

/// <summary>
/// Authority records to load in one go. Ids in the set are numbered from 1 per kind (schemes,
/// concepts, agents, places, locations) and references inside the set (a concept's scheme and
/// broader concept, a location's parent, a place's broader place) use those numbers. The loader
/// renumbers every record in place to its real id, so callers can keep the objects and read the
/// real ids afterwards.
/// </summary>
public sealed class AuthoritySet
{
    public List<ConceptScheme> Schemes { get; } = [];
    public List<Concept> Concepts { get; } = [];
    public List<Agent> Agents { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Location> Locations { get; } = [];

    /// <summary>Set once the loader has given the records their real ids; a set is loaded once.</summary>
    public bool IsLoaded { get; internal set; }

    public ConceptScheme AddScheme(string uri, string titleNl, string titleEn, ThesaurusPurpose purpose = ThesaurusPurpose.General)
    {
        var scheme = new ConceptScheme { Id = Schemes.Count + 1, Uri = uri, TitleNl = titleNl, TitleEn = titleEn, Purpose = purpose };
        Schemes.Add(scheme);
        return scheme;
    }

    public Concept AddConcept(ConceptScheme scheme, string labelNl, string labelEn, string aat = "", Concept? broader = null)
    {
        var concept = new Concept
        {
            Id = Concepts.Count + 1,
            SchemeId = scheme.Id,
            PrefLabelNl = labelNl,
            PrefLabelEn = labelEn,
            BroaderId = broader?.Id,
            ExactMatches = aat.Length > 0 ? ["http://vocab.getty.edu/aat/" + aat] : [],
        };
        Concepts.Add(concept);
        return concept;
    }

    public Agent AddAgent(Agent agent)
    {
        agent.Id = Agents.Count + 1;
        Agents.Add(agent);
        return agent;
    }

    public Place AddPlace(Place place)
    {
        place.Id = Places.Count + 1;
        Places.Add(place);
        return place;
    }

    public Location AddLocation(LocationKind kind, string code, string name, Location? parent)
    {
        var location = new Location { Id = Locations.Count + 1, Kind = kind, Code = code, Name = name, ParentId = parent?.Id };
        Locations.Add(location);
        return location;
    }
}
