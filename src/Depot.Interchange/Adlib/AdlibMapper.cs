using Depot.Interchange.Sources;

namespace Depot.Interchange.Adlib;

/// <summary>
/// Maps one Adlib record to a <see cref="SourceRecord"/>. Field tags are found wherever the
/// export puts them: flat under the record (ungrouped export), inside a group (<c>Production</c>,
/// <c>Dimension</c>, Amsterdam's <c>maker</c>), or as a linked term (<c>&lt;material&gt;&lt;term&gt;</c>
/// with <c>bronnen/link_url</c>). Fields of one group are zipped by position. Every value the
/// mapping does not use is kept verbatim, with its path and language.
/// </summary>
internal sealed partial class AdlibMapper
{
    private readonly AdlibNode record;
    private readonly string language;
    private readonly List<SourceIssue> issues = [];
    private readonly List<AdlibNode> scopes;

    private AdlibMapper(AdlibNode record, string language)
    {
        this.record = record;
        this.language = language;
        scopes = [record, .. record.Children.Where(c => c.IsGroup)];
    }

    public static SourceRecord Map(AdlibNode record, long position, string language)
    {
        var m = new AdlibMapper(record, language);
        var sourceId = m.SourceId();
        var obj = m.MapObject();
        if (obj.ObjectNumber.Length == 0)
            m.issues.Add(new SourceIssue(IssueSeverity.Error, "object_number",
                "Het record heeft geen objectnummer (object_number).", "The record has no object number (object_number)."));
        var kept = new List<KeptField>();
        Keep(record, kept);
        return new SourceRecord(sourceId, position, record.Line, obj, kept, m.issues);
    }

    private SourceObject MapObject()
    {
        var objectNames = TermsEverywhere("object_name");
        var (condition, conditionNote) = Condition();
        return new SourceObject
        {
            ObjectNumber = FirstText("object_number"),
            Titles = Titles(),
            ObjectName = objectNames.FirstOrDefault(),
            Classifications = [.. objectNames.Skip(1), .. TermsEverywhere("object_category")],
            ShortDescription = FirstText("description"),
            NumberOfParts = NumberOfParts(),
            Makers = Makers(),
            Dating = Dating(),
            Materials = TermsEverywhere("material"),
            Techniques = TermsEverywhere("technique"),
            Dimensions = Dimensions(),
            Condition = condition,
            ConditionNote = conditionNote,
            Acquisition = Acquisition(),
            CurrentLocation = FirstText("current_location") is { Length: > 0 } location ? location : FirstText("current_location.name"),
            Subjects = Subjects(),
            Inscriptions = Inscriptions(),
            Rights = MapRights(),
        };
    }

    /// <summary>The priref: the record's attribute, or a <c>priref</c> field (Amsterdam wraps it in <c>highlight</c>).</summary>
    private string SourceId()
    {
        var attribute = record.Attributes.Find(a => a.Name == "priref").Value;
        var field = record.Child("priref");
        var fieldText = field is null ? "" : Take(field) is { Length: > 0 } t ? t : field.Children.Select(Take).FirstOrDefault(s => s.Length > 0) ?? "";
        if (attribute is not null && (fieldText.Length == 0 || fieldText == attribute.Text))
        {
            attribute.Used = true;
            return attribute.Text.Trim();
        }
        return fieldText.Length > 0 ? fieldText : attribute?.Text.Trim() ?? "";
    }

    // ---- finding fields ---------------------------------------------------------------------

    private static List<AdlibNode> In(AdlibNode scope, string tag) => scope.Children.Where(c => c.Name == tag).ToList();

    private static AdlibNode? At(List<AdlibNode> list, int i) => i < list.Count ? list[i] : null;

    /// <summary>The first non-empty text of the tag anywhere in the record; later occurrences stay kept.</summary>
    private string FirstText(string tag)
    {
        foreach (var scope in scopes)
            foreach (var node in In(scope, tag))
                if (Take(node) is { Length: > 0 } text) return text;
        return "";
    }

    /// <summary>The node's text in the best language, marking that value used (other translations stay kept).</summary>
    private string Take(AdlibNode? node) => TakeValue(node)?.Text ?? "";

    private AdlibValue? TakeValue(AdlibNode? node)
    {
        if (node is null) return null;
        var source = node.Values.Count == 0 && node.Child("term") is { } term ? term : node;
        var candidates = source.Values.Where(v => v.Text.Length > 0).ToList();
        if (candidates.Count == 0) return null;
        var best = candidates.Find(v => v.Language == language)
            ?? candidates.Find(v => v.Language == "")
            ?? candidates.Find(v => v.Language == "en")
            ?? candidates.Find(v => v.Language != AdlibValue.Neutral)
            ?? candidates[0];
        best.Used = true;
        if (candidates.Count == 1) source.MarkUsed();
        return best;
    }

    private string LanguageOf(AdlibValue value) => value.Language is "" or AdlibValue.Neutral ? language : value.Language;

    // ---- terms ------------------------------------------------------------------------------

    private List<SourceTerm> TermsEverywhere(string tag) => scopes.SelectMany(s => Terms(s, tag)).ToList();

    /// <summary>Terms of one tag in a scope, with ids from <c>bronnen/link_url</c>, <c>tag.uri</c> and <c>tag.lref</c> (zipped by position).</summary>
    private List<SourceTerm> Terms(AdlibNode scope, string tag)
    {
        var nodes = In(scope, tag);
        var uris = In(scope, tag + ".uri");
        var lrefs = In(scope, tag + ".lref");
        var terms = new List<SourceTerm>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (TakeValue(nodes[i]) is not { } label) continue;
            terms.Add(new SourceTerm(label.Text, LanguageOf(label), Ids(nodes[i], At(uris, i), At(lrefs, i))));
        }
        return terms;
    }

    private List<string> Ids(AdlibNode node, AdlibNode? uri, AdlibNode? lref)
    {
        var ids = new List<string>();
        foreach (var link in node.ChildrenNamed("bronnen").SelectMany(b => b.ChildrenNamed("link_url")))
            if (Take(link) is { Length: > 0 } url) ids.Add(UriIds.Normalise(url));
        if (Take(uri) is { Length: > 0 } u) ids.Add(UriIds.Normalise(u));
        if (Take(lref) is { Length: > 0 } local) ids.Add("local:" + local);
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private void Warn(AdlibNode node, string nl, string en) =>
        issues.Add(new SourceIssue(IssueSeverity.Warning, node.Path, nl, en));

    // ---- what stays -------------------------------------------------------------------------

    private static void Keep(AdlibNode node, List<KeptField> kept)
    {
        foreach (var (name, value) in node.Attributes)
            if (!value.Used && value.Text.Length > 0)
                kept.Add(new KeptField(node.IsRecord ? "@" + name : $"{node.Path}/@{name}", value.Text));
        foreach (var value in node.Values)
            if (!value.Used && value.Text.Length > 0)
                kept.Add(new KeptField(node.Path, value.Text, value.Language == AdlibValue.Neutral ? "" : value.Language));
        foreach (var child in node.Children) Keep(child, kept);
    }
}
