using System.Text.RegularExpressions;
using Depot.Core.Publishing;
using Depot.Interchange.Rdf;
using static Depot.Publishing.LinkedData.Oslo;

namespace Depot.Publishing.LinkedData;

// Agents (Persoon, Organisatie), places (Plaats), concepts and the holding organisation: only
// what their public shape holds — name, dates as written, external identifiers.
public static partial class OsloObjectGraph
{
    public static IReadOnlyList<Triple> Describe(PublicOrganisation o, PublicUris uris)
    {
        var g = new GraphBuilder();
        var s = new Iri(uris.Organisation(o.Slug));
        g.Type(s, Org + "Organization", Dcterms + "Agent").Text(s, Skos + "prefLabel", o.Name);
        if (!string.IsNullOrWhiteSpace(o.City))
        {
            BlankNode contact = new($"org{o.Id}c"), address = new($"org{o.Id}a");
            g.Add(s, Schema + "contactPoint", contact).Type(contact, Schema + "ContactPoint")
                .Add(contact, Locn + "address", address).Type(address, Locn + "Address")
                .Text(address, Adres + "gemeentenaam", o.City);
        }
        return g.Triples;
    }

    public static IReadOnlyList<Triple> Describe(PublicAgent a, PublicUris uris)
    {
        var g = new GraphBuilder();
        var s = new Iri(uris.Agent(a.Id));
        g.Type(s, Dcterms + "Agent", a.IsPerson ? Person + "Person" : Org + "Organization");
        if (a.IsPerson)
        {
            // The sector writes "Rubens, Peter Paul": family name first; a single name is the family name.
            var comma = a.Name.IndexOf(',', StringComparison.Ordinal);
            var family = comma > 0 ? a.Name[..comma].Trim() : a.Name.Trim();
            var given = comma > 0 ? a.Name[(comma + 1)..].Trim() : "";
            g.Value(s, Foaf + "familyName", family).Value(s, Foaf + "givenName", given)
                .Value(s, Persoon + "volledigeNaam", given.Length > 0 ? given + " " + family : family);
            LifeDate(g, s, Persoon + "/Geboortedatum", a.Birth, new BlankNode($"ag{a.Id}b"));
            LifeDate(g, s, Persoon + "/Sterfdatum", a.Death, new BlankNode($"ag{a.Id}d"));
        }
        else g.Text(s, Skos + "prefLabel", a.Name);
        g.Text(s, Rdfs + "label", a.Name);
        SameAs(g, s, a.SameAs, $"ag{a.Id}i");
        return g.Triples;
    }

    public static IReadOnlyList<Triple> Describe(PublicPlace p, PublicUris uris)
    {
        var g = new GraphBuilder();
        var s = new Iri(uris.Place(p.Id));
        g.Type(s, Dcterms + "Location", Crm + "E53_Place").Text(s, Rdfs + "label", p.Name);
        if (p.Latitude is double lat && p.Longitude is double lon)
        {
            var geometry = new BlankNode($"pl{p.Id}g");
            g.Add(s, Locn + "geometry", geometry).Type(geometry, Locn + "Geometry")
                .Value(geometry, Geo + "asWKT", FormattableString.Invariant($"POINT({lon} {lat})"), Rdfs + "Literal");
        }
        SameAs(g, s, p.SameAs, $"pl{p.Id}i");
        return g.Triples;
    }

    public static IReadOnlyList<Triple> Describe(PublicTerm c, PublicUris uris)
    {
        var g = new GraphBuilder();
        var s = new Iri(uris.Concept(c.Id));
        g.Type(s, Skos + "Concept").Text(s, Skos + "prefLabel", c.LabelNl, "nl").Text(s, Skos + "prefLabel", c.LabelEn, "en");
        var matches = c.ExactMatches.Prepend(c.Uri).Where(GraphBuilder.IsUri).Select(u => u.Trim()).Distinct(StringComparer.Ordinal);
        foreach (var m in matches) g.Add(s, Skos + "exactMatch", new Iri(m));
        return g.Triples;
    }

    private static void LifeDate(GraphBuilder g, Iri s, string predicate, string text, BlankNode node)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        g.Add(s, predicate, node).Type(node, Time + "TemporalEntity").Text(node, Rdfs + "label", text);
        if (IsoDate().IsMatch(text.Trim())) g.Value(node, Edtfo + "inEDTFDateTime", text.Trim(), Edtf);
    }

    // External authorities (VIAF, Wikidata, RKD, GeoNames …): the same thing elsewhere, and OSLO's Identificator.
    private static void SameAs(GraphBuilder g, Iri s, IReadOnlyList<string> uris, string blankPrefix)
    {
        var n = 0;
        foreach (var uri in uris.Where(GraphBuilder.IsUri).Distinct(StringComparer.Ordinal))
        {
            g.Add(s, Owl + "sameAs", new Iri(uri));
            var identifier = new BlankNode(blankPrefix + n++);
            g.Add(s, Adms + "identifier", identifier).Type(identifier, Adms + "Identifier").Value(identifier, Skos + "notation", uri, Rdfs + "Literal");
        }
    }

    [GeneratedRegex(@"^-?\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();
}
