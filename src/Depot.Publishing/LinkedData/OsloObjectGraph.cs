using Depot.Core.Publishing;
using Depot.Interchange.Rdf;
using static Depot.Publishing.LinkedData.Oslo;

namespace Depot.Publishing.LinkedData;

/// <summary>
/// A public object as RDF after OSLO Cultureel Erfgoed (implementation model Basisregistratie):
/// the triples every RDF route (JSON-LD, Turtle, N-Triples dump, LDES members) is made from.
/// Agents, places, concepts and the holding organisation have URIs of their own and are
/// described beside the object, so one document is complete for SHACL and for readers.
/// </summary>
public static partial class OsloObjectGraph
{
    public const string Crm = Oslo.Crm;
    public const string Rdfs = Oslo.Rdfs;

    /// <summary>Prefixes for Turtle output of these graphs.</summary>
    public static IReadOnlyDictionary<string, string> Prefixes => Oslo.Prefixes;

    /// <summary>The object with the agents, places, concepts and organisation it refers to.</summary>
    public static IEnumerable<Triple> Describe(PublicObject o, PublicUris uris)
    {
        var graph = new GraphBuilder().AddAll(DescribeObject(o, uris)).AddAll(Describe(o.Organisation, uris));
        var refs = References(o);
        foreach (var a in refs.Agents) graph.AddAll(Describe(a, uris));
        foreach (var p in refs.Places) graph.AddAll(Describe(p, uris));
        foreach (var c in refs.Concepts) graph.AddAll(Describe(c, uris));
        return graph.Triples.Distinct();
    }

    /// <summary>The object's own triples (with its blank nodes), without descriptions of what it refers to.</summary>
    public static IReadOnlyList<Triple> DescribeObject(PublicObject o, PublicUris uris)
    {
        var g = new GraphBuilder();
        var s = new Iri(uris.Object(o.Id));
        var blank = 0;
        BlankNode Next() => new($"o{o.Id}n{blank++}");
        var organisation = new Iri(uris.Organisation(o.Organisation.Slug));

        g.Type(s, Crm + "E22_Human-Made_Object");
        foreach (var t in o.Titles) g.Text(s, Crm + "P102_has_title", t.Text, t.Language);
        g.Text(s, Rdfs + "label", o.DisplayTitle);

        var identifier = Next();
        g.Add(s, Adms + "identifier", identifier).Type(identifier, Adms + "Identifier")
            .Value(identifier, Skos + "notation", o.ObjectNumber, Rdfs + "Literal")
            .Add(identifier, Dcterms + "creator", organisation)
            .Value(identifier, Adms + "schemaAgency", o.Organisation.Name);

        g.Text(s, Crm + "P3_has_note", o.ShortDescription);
        if (o.NumberOfParts is int parts)
            g.Value(s, Crm + "P57_has_number_of_parts", parts.ToString(System.Globalization.CultureInfo.InvariantCulture), RdfVocabulary.XsdInteger);

        if (o.ObjectName is { } name)
        {
            var classification = Next();
            g.Add(s, Crm + "P41i_was_classified_by", classification).Type(classification, Crm + "E17_Type_Assignment")
                .Add(classification, Crm + "P41_classified", s)
                .Add(classification, Crm + "P42_assigned", new Iri(uris.Concept(name.Id)));
        }

        Production(g, o, s, uris, Next);
        foreach (var m in o.Materials) g.Add(s, Crm + "P45_consists_of", new Iri(uris.Concept(m.Id)));
        foreach (var d in o.Dimensions) Dimension(g, s, d, Next);
        foreach (var subject in o.Subjects) Subject(g, s, subject, uris);
        foreach (var i in o.Inscriptions.Where(i => !string.IsNullOrWhiteSpace(i.Text)))
        {
            var node = Next();
            g.Add(s, Crm + "P128_carries", node).Type(node, Crm + "E34_Inscription", Crm + "E73_Information_Object")
                .Text(node, Crm + "P190_has_symbolic_content", i.Text, i.Language)
                .Text(node, Rdfs + "label", string.Join(", ", new[] { i.Type, i.Position }.Where(x => !string.IsNullOrWhiteSpace(x))));
        }
        Rights(g, s, o.Rights, Next);
        g.Add(s, Crm + "P50_has_current_keeper", organisation);
        foreach (var image in o.Images)
        {
            var media = new Iri(uris.Image(image.Id));
            g.Add(s, Crm + "P138i_has_representation", media).Type(media, Crm + "E36_Visual_Item")
                .Value(media, Dcterms + "format", image.MediaType)
                .Text(media, Rdfs + "label", image.Caption);
        }
        if (o.Provenance is { } provenance) Provenance(g, s, provenance, Next);
        // A unit or dimension type shared by two dimensions is described once.
        return [.. g.Triples.Distinct()];
    }

    /// <summary>The distinct agents, places and concepts an object refers to (what it needs described beside it).</summary>
    public static PublicReferences References(PublicObject o)
    {
        var agents = new Dictionary<long, PublicAgent>();
        var places = new Dictionary<long, PublicPlace>();
        var concepts = new Dictionary<long, PublicTerm>();
        foreach (var m in o.Makers) agents.TryAdd(m.Agent.Id, m.Agent);
        if (o.ObjectName is { } n) concepts.TryAdd(n.Id, n);
        foreach (var t in o.Materials.Concat(o.Techniques)) concepts.TryAdd(t.Id, t);
        foreach (var s in o.Subjects)
        {
            if (s.Agent is { } a) agents.TryAdd(a.Id, a);
            if (s.Place is { } p) places.TryAdd(p.Id, p);
            if (s.Concept is { } c) concepts.TryAdd(c.Id, c);
        }
        return new PublicReferences([.. agents.Values], [.. places.Values], [.. concepts.Values]);
    }
}

/// <summary>What a public object refers to: each authority once.</summary>
public sealed record PublicReferences(IReadOnlyList<PublicAgent> Agents, IReadOnlyList<PublicPlace> Places, IReadOnlyList<PublicTerm> Concepts);
