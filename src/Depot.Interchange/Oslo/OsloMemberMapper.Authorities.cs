using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Interchange.Rdf;
using Depot.Interchange.Sources;
using static Depot.Interchange.Oslo.OsloTerms;

namespace Depot.Interchange.Oslo;

// Concepts, agents and places by their labels in the same document and by their identifiers:
// the URIs that name them elsewhere (skos:exactMatch, owl:sameAs) and their own IRI, so the
// next harvest of the same source finds the authority it created the first time.
public static partial class OsloMemberMapper
{
    private static SourceTerm Term(RdfGraph graph, RdfTerm node)
    {
        var labels = graph.Objects(node, PrefLabel).Concat(graph.Objects(node, Label)).OfType<Literal>().ToList();
        var label = labels.FirstOrDefault(l => l.Language is "nl" or "nl-be") ?? labels.FirstOrDefault();
        var ids = graph.Objects(node, SkosNs + "exactMatch").OfType<Iri>().Select(i => UriIds.Normalise(i.Value)).ToList();
        if (node is Iri own) ids.Add(UriIds.Normalise(own.Value));
        return new SourceTerm(label?.Value.Trim() ?? "", label?.Language ?? "", [.. ids.Distinct(StringComparer.Ordinal)]);
    }

    private static bool IsAgent(RdfGraph graph, RdfTerm node) => AgentTypes.Any(t => graph.HasType(node, t));

    private static bool IsPlace(RdfGraph graph, RdfTerm node) => PlaceTypes.Any(t => graph.HasType(node, t));

    private static SourceAgent Agent(RdfGraph graph, RdfTerm node)
    {
        var name = FirstText(graph, node, Label, PrefLabel, Persoon + "volledigeNaam", Cest + "Organisatie.voorkeursnaam");
        if (name.Length == 0)
        {
            var family = graph.Text(node, Foaf + "familyName");
            var given = graph.Text(node, Foaf + "givenName");
            name = given.Length > 0 ? $"{family}, {given}" : family;
        }
        var kind = OrganisationTypes.Any(t => graph.HasType(node, t)) ? AgentKind.Organisation : AgentKind.Person;
        return new SourceAgent(name.Trim(), kind, SameAs(graph, node),
            LifeDate(graph, node, Persoon + "/Geboortedatum"), LifeDate(graph, node, Persoon + "/Sterfdatum"));
    }

    private static SourcePlace Place(RdfGraph graph, RdfTerm node) =>
        new(FirstText(graph, node, Label, PrefLabel).Trim(), SameAs(graph, node));

    private static List<ExternalId> SameAs(RdfGraph graph, RdfTerm node)
    {
        var ids = graph.Objects(node, Owl + "sameAs").OfType<Iri>().Select(i => UriIds.ToExternalId(i.Value)).ToList();
        if (node is Iri own) ids.Add(UriIds.ToExternalId(own.Value));
        return [.. ids.Distinct()];
    }

    private static HistoricalDate? LifeDate(RdfGraph graph, RdfTerm agent, string predicate)
    {
        if (graph.Object(agent, predicate) is not { } node) return null;
        var text = FirstText(graph, node, Label, InEdtf);
        try
        {
            if (HistoricalDate.Parse(text) is { } parsed) return parsed;
        }
        catch (Core.DomainException)
        {
            // "1650-1600": not a range Depot can hold; the EDTF year below may still be.
        }
        // A date Depot cannot read into years keeps its text only when a year can be found in it.
        return Year(graph.Text(node, InEdtf)) is int year ? new HistoricalDate(year, year, text) : null;
    }
}
