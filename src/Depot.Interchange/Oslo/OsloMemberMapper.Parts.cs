using System.Globalization;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Rdf;
using Depot.Interchange.Sources;
using static Depot.Interchange.Oslo.OsloTerms;

namespace Depot.Interchange.Oslo;

// Dimensie, onderwerpen (gaatOver / beeldtUit), opschriften and Recht.
public static partial class OsloMemberMapper
{
    private static Dimension? Dimension(RdfGraph graph, RdfTerm node, List<SourceIssue> issues)
    {
        var value = graph.Text(node, Crm + "P90_has_value").Trim();
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            issues.Add(new SourceIssue(IssueSeverity.Warning, "dimensions",
                $"afmeting zonder leesbare waarde ('{value}') overgeslagen", $"dimension without a readable value ('{value}') skipped"));
            return null;
        }
        var type = graph.Object(node, HasType) is { } t ? Term(graph, t).Label : "";
        var unit = graph.Object(node, Crm + "P91_has_unit") is { } u ? UnitLabel(graph, u) : "";
        return new Dimension(type, number, unit, graph.Text(node, Note).Trim());
    }

    // A unit is a concept with a label, or only a QUDT IRI (unit:CentiM) when no label is given.
    private static string UnitLabel(RdfGraph graph, RdfTerm unit)
    {
        var label = Term(graph, unit).Label;
        if (label.Length > 0 || unit is not Iri iri) return label;
        return iri.Value[(iri.Value.LastIndexOfAny(['/', '#']) + 1)..] switch
        {
            "MilliM" => "mm",
            "CentiM" => "cm",
            "M" => "m",
            "GM" => "g",
            "KiloGM" => "kg",
            var other => other,
        };
    }

    private static List<SourceSubject> Subjects(RdfGraph graph, RdfTerm subject)
    {
        var subjects = new List<SourceSubject>();
        foreach (var target in graph.Objects(subject, Dc + "subject").Where(t => t is not Literal))
            subjects.Add(Subject(graph, target, about: true));
        foreach (var target in graph.Objects(subject, Crm + "P62_depicts").Where(t => t is not Literal))
            subjects.Add(Subject(graph, target, about: false));
        return subjects;
    }

    private static SourceSubject Subject(RdfGraph graph, RdfTerm target, bool about)
    {
        if (IsAgent(graph, target)) return new SourceSubject(SubjectKind.DepictedAgent, Agent: Agent(graph, target));
        if (IsPlace(graph, target)) return new SourceSubject(SubjectKind.DepictedPlace, Place: Place(graph, target));
        return new SourceSubject(about ? SubjectKind.MainMotif : SubjectKind.DepictedConcept, Term: Term(graph, target));
    }

    private static Inscription? Inscription(RdfGraph graph, RdfTerm node)
    {
        var text = graph.Objects(node, Content).OfType<Literal>().FirstOrDefault();
        if (text is null || text.Value.Trim().Length == 0) return null;
        // Depot writes the type and the position as one label, "type, position".
        var label = graph.Text(node, Label).Trim();
        var comma = label.IndexOf(", ", StringComparison.Ordinal);
        var type = comma < 0 ? label : label[..comma];
        var position = comma < 0 ? "" : label[(comma + 2)..];
        return new Inscription(type, text.Value.Trim(), position, text.Language);
    }

    private static Rights Rights(RdfGraph graph, RdfTerm subject)
    {
        if (graph.Object(subject, Crm + "P104_is_subject_to") is not { } right) return Core.Registration.Objects.Rights.None;
        var licence = graph.Object(right, HasType) switch
        {
            Iri i => i.Value,
            { } node => Term(graph, node).Label,
            null => "",
        };
        var holder = graph.Object(right, Crm + "P75i_is_possessed_by") is { } h ? FirstText(graph, h, Label, PrefLabel) : "";
        var credit = graph.Object(right, Note) switch
        {
            Literal l => l.Value,
            { } note => FirstText(graph, note, Cest + "tekst", Label),
            null => "",
        };
        return new Rights(licence.Trim(), holder.Trim(), credit.Trim());
    }
}
