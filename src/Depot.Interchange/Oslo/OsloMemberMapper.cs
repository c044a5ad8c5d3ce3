using Depot.Core.Registration.Objects;
using Depot.Interchange.Rdf;
using Depot.Interchange.Sources;
using static Depot.Interchange.Oslo.OsloTerms;

namespace Depot.Interchange.Oslo;

/// <summary>
/// Reads one object described in OSLO Cultureel Erfgoed / CIDOC-CRM — an LDES member as Depot
/// publishes it (<c>OsloObjectGraph</c>), or as other systems such as the Ghent museums write it —
/// into a <see cref="SourceRecord"/>. Authorities are read from the same graph (their labels and
/// <c>owl:sameAs</c> / <c>skos:exactMatch</c> ids). Statements about the object that Depot has no field
/// for are kept verbatim as <see cref="KeptField"/>s, path = the predicate IRIs from the object down.
/// </summary>
public static partial class OsloMemberMapper
{
    // Statements about the object read into fields (or deliberately left: the version's own bookkeeping,
    // the derived display label, the keeper, which is the harvesting organisation).
    private static readonly HashSet<string> Read =
    [
        RdfNs + "type", Label, Crm + "P102_has_title", Adms + "identifier", Crm + "P1_is_identified_by", Dcterms + "identifier", Note, Dcterms + "description",
        Crm + "P57_has_number_of_parts", Crm + "P41i_was_classified_by", Crm + "P108i_was_produced_by",
        Crm + "P45_consists_of", Crm + "P43_has_dimension", Dc + "subject", Crm + "P62_depicts", Crm + "P128_carries",
        Crm + "P104_is_subject_to", Crm + "P50_has_current_keeper", Dcterms + "isVersionOf", Prov + "generatedAtTime",
    ];

    /// <param name="graph">The document the member is in (its page): the object and the authorities beside it.</param>
    /// <param name="subject">The member (the version IRI) or the object.</param>
    /// <param name="sourceId">The record's identifier at the source (the object URI the member is a version of).</param>
    /// <param name="position">1-based position in the harvest, for messages.</param>
    public static SourceRecord Map(RdfGraph graph, RdfTerm subject, string sourceId, long position)
    {
        var issues = new List<SourceIssue>();
        var kept = new List<KeptField>();
        var classifications = graph.Objects(subject, Crm + "P41i_was_classified_by").Select(c => graph.Object(c, Crm + "P42_assigned"))
            .OfType<RdfTerm>().Select(t => Term(graph, t)).ToList();
        var production = Production(graph, subject, issues);
        var notes = graph.Objects(subject, Note).Concat(graph.Objects(subject, Dcterms + "description")).OfType<Literal>().ToList();
        foreach (var extra in notes.Skip(1)) kept.Add(new KeptField(Note, extra.Value, extra.Language));
        var o = new SourceObject
        {
            ObjectNumber = ObjectNumber(graph, subject),
            Titles = Titles(graph, subject),
            ObjectName = classifications.FirstOrDefault(),
            Classifications = [.. classifications.Skip(1)],
            ShortDescription = notes.FirstOrDefault()?.Value ?? "",
            NumberOfParts = int.TryParse(graph.Text(subject, Crm + "P57_has_number_of_parts"), out var parts) ? parts : null,
            Makers = production.Makers,
            Dating = production.Dating,
            Techniques = production.Techniques,
            Materials = [.. graph.Objects(subject, Crm + "P45_consists_of").Select(t => Term(graph, t))],
            Dimensions = [.. graph.Objects(subject, Crm + "P43_has_dimension").Select(d => Dimension(graph, d, issues)).OfType<Dimension>()],
            Subjects = Subjects(graph, subject),
            Inscriptions = [.. graph.Objects(subject, Crm + "P128_carries").Select(i => Inscription(graph, i)).OfType<Inscription>()],
            Rights = Rights(graph, subject),
        };
        Keep(graph, subject, kept);
        return new SourceRecord(sourceId, position, null, o, kept, issues);
    }

    private static string ObjectNumber(RdfGraph graph, RdfTerm subject)
    {
        foreach (var id in graph.Objects(subject, Adms + "identifier").Concat(graph.Objects(subject, Crm + "P1_is_identified_by")))
        {
            if (id is Literal l) return l.Value.Trim();
            var text = FirstText(graph, id, Notation, Content, RdfNs + "value", Label);
            if (text.Length > 0) return text.Trim();
        }
        return graph.Text(subject, Dcterms + "identifier").Trim();
    }

    private static List<Title> Titles(RdfGraph graph, RdfTerm subject)
    {
        var titles = new List<Title>();
        foreach (var t in graph.Objects(subject, Crm + "P102_has_title"))
        {
            var literal = t as Literal ?? graph.Objects(t, Content).Concat(graph.Objects(t, RdfNs + "value")).Concat(graph.Objects(t, Label)).OfType<Literal>().FirstOrDefault();
            if (literal is null || literal.Value.Trim().Length == 0) continue;
            titles.Add(new Title(literal.Value.Trim(), Language(literal), TitleType.Alternate));
        }
        // The display label is the preferred title; without one, the first title is.
        var label = graph.Text(subject, Label);
        var preferred = titles.FindIndex(t => t.Text == label);
        if (preferred < 0 && titles.Count > 0) preferred = 0;
        if (preferred >= 0) titles[preferred] = titles[preferred] with { Type = TitleType.Preferred };
        return titles;
    }

    private static string Language(Literal l) => l.Language.Length > 0 ? l.Language : "nl";

    private static string FirstText(RdfGraph graph, RdfTerm node, params string[] predicates)
    {
        foreach (var p in predicates)
        {
            var text = graph.Text(node, p);
            if (text.Length > 0) return text;
        }
        return "";
    }

    /// <summary>Statements Depot has no field for, verbatim; a node's own statements one level down, path joined with '/'.</summary>
    private static void Keep(RdfGraph graph, RdfTerm subject, List<KeptField> kept)
    {
        foreach (var t in graph.About(subject).Where(t => !Read.Contains(t.Predicate.Value)))
        {
            if (t.Object is Literal l) kept.Add(new KeptField(t.Predicate.Value, l.Value, l.Language));
            else if (t.Object is Iri i) kept.Add(new KeptField(t.Predicate.Value, i.Value));
            else
                foreach (var inner in graph.About(t.Object).Where(x => x.Object is not BlankNode))
                    kept.Add(new KeptField(t.Predicate.Value + "/" + inner.Predicate.Value,
                        inner.Object is Literal il ? il.Value : ((Iri)inner.Object).Value, (inner.Object as Literal)?.Language ?? ""));
        }
    }
}
