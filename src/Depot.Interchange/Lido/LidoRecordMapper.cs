using System.Xml.Linq;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

/// <summary>
/// Maps one <c>lido:lido</c> element to a <see cref="SourceRecord"/>. Every element and attribute
/// the mapping uses is marked as consumed; afterwards everything unconsumed that holds text is
/// kept verbatim (<see cref="KeptField"/>), so no value of the record is lost.
/// </summary>
internal sealed partial class LidoRecordMapper
{
    private static readonly XNamespace L = LidoNames.L;
    private static readonly XName XmlLang = XNamespace.Xml + "lang";

    private readonly XElement record;
    private readonly HashSet<XObject> used = new(ReferenceEqualityComparer.Instance);
    private readonly List<SourceIssue> issues = [];

    private LidoRecordMapper(XElement record) => this.record = record;

    public static SourceRecord Map(XElement record, long position, int? line)
    {
        var mapper = new LidoRecordMapper(record);
        var sourceId = mapper.RecordId();
        var obj = mapper.MapObject(sourceId);
        mapper.CheckRequired();
        var kept = mapper.Unconsumed();
        return new SourceRecord(sourceId, position, line, obj, kept, mapper.issues);
    }

    private SourceObject MapObject(string recordId)
    {
        var descriptive = El(record, "descriptiveMetadata");
        var classification = El(descriptive, "objectClassificationWrap");
        var identification = El(descriptive, "objectIdentificationWrap");
        var workTypes = All(classification, "objectWorkTypeWrap", "objectWorkType").Select(Concept).OfType<SourceTerm>().ToList();
        var classes = All(classification, "classificationWrap", "classification").Select(Concept).OfType<SourceTerm>();
        var production = ProductionEvents(descriptive).ToList();
        var (materials, techniques) = MaterialsAndTechniques(identification, production);
        return new SourceObject
        {
            ObjectNumber = ObjectNumber(identification, recordId),
            Titles = Titles(identification),
            ObjectName = workTypes.FirstOrDefault(),
            Classifications = [.. workTypes.Skip(1), .. classes],
            ShortDescription = Take(All(identification, "objectDescriptionWrap", "objectDescriptionSet", "descriptiveNoteValue").FirstOrDefault(HasText)),
            Makers = Makers(production),
            Dating = Dating(production),
            Materials = materials,
            Techniques = techniques,
            Dimensions = Dimensions(identification),
            Inscriptions = Inscriptions(identification),
            Subjects = Subjects(descriptive),
            Rights = MapRights(El(record, "administrativeMetadata")),
        };
    }

    private string RecordId()
    {
        var ids = Els(record, "lidoRecID").Where(HasText).ToList();
        var id = ids.FirstOrDefault(e => IsPreferred(e) == true) ?? ids.FirstOrDefault();
        if (id is not null) TakeAttr(id, "pref");
        return Take(id);
    }

    // ── helpers ──────────────────────────────────────────────────────────

    private static XElement? El(XElement? parent, string name) => parent?.Element(L + name);

    private static IEnumerable<XElement> Els(XElement? parent, string name) => parent?.Elements(L + name) ?? [];

    /// <summary>Every element at the end of a path of LIDO child names.</summary>
    private static IEnumerable<XElement> All(XElement? parent, params string[] names)
    {
        IEnumerable<XElement> current = parent is null ? [] : [parent];
        foreach (var name in names) current = current.SelectMany(e => e.Elements(L + name));
        return current;
    }

    // These two run for nearly every node of every record: plain loops, no LINQ.
    private static bool HasText(XElement e)
    {
        for (var n = e.FirstNode; n is not null; n = n.NextNode)
            if (n is XText t && !string.IsNullOrWhiteSpace(t.Value)) return true;
        return false;
    }

    private static string OwnText(XElement e)
    {
        var first = e.FirstNode;
        if (first is null) return "";
        if (first.NextNode is null) return first is XText only ? only.Value.Trim() : "";
        var text = new System.Text.StringBuilder();
        for (var n = first; n is not null; n = n.NextNode)
            if (n is XText t) text.Append(t.Value);
        return text.ToString().Trim();
    }

    /// <summary>The element's own text, marking it consumed; "" for null.</summary>
    private string Take(XElement? e)
    {
        if (e is null) return "";
        used.Add(e);
        return OwnText(e);
    }

    private string? TakeAttr(XElement e, string name)
    {
        var a = e.Attribute(L + name);
        if (a is null) return null;
        used.Add(a);
        return a.Value.Trim();
    }

    private static string? Attr(XElement e, string name) => e.Attribute(L + name)?.Value.Trim();

    /// <summary>lido:pref: "preferred" (or the 1.1 term lido00169) is true, "alternate" (lido00170) is false.</summary>
    private static bool? IsPreferred(XElement e) => Attr(e, "pref") switch
    {
        null => null,
        var p when p.Equals("preferred", StringComparison.OrdinalIgnoreCase) || p.EndsWith("lido00169", StringComparison.Ordinal) => true,
        var p when p.Equals("alternate", StringComparison.OrdinalIgnoreCase) || p.EndsWith("lido00170", StringComparison.Ordinal) => false,
        _ => null,
    };

    /// <summary>The nearest xml:lang, as a short code ("nl-BE" → "nl", "deu" → "de").</summary>
    private static string Lang(XElement? e)
    {
        for (var x = e; x is not null; x = x.Parent)
            if (x.Attribute(XmlLang) is { } a) return LidoLanguage.Normalise(a.Value);
        return "";
    }

    private void Issue(IssueSeverity severity, string field, string nl, string en) =>
        issues.Add(new SourceIssue(severity, field, nl, en));
}
