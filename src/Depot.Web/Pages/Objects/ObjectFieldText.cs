using Depot.Core.Registration.Objects;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// Each field of an object as the text a person reads, authority labels resolved: the object page,
/// the printed sheet and the version diff say a value the same way. Field names are the record's
/// JSON names, as the history lists them.
/// </summary>
public sealed class ObjectFieldText(LookupSet labels, UiText text)
{
    public const string Empty = "—";

    /// <summary>The fields in the order of the Invulboek sections (bookkeeping fields left out).</summary>
    public static readonly IReadOnlyList<string> Order =
    [
        "objectNumber", "objectNameId", "titles", "numberOfParts", "shortDescription", "makers", "dating",
        "materialIds", "techniqueIds", "dimensions", "conditionId", "conditionNote", "acquisition",
        "currentLocationId", "permanentLocationId", "subjects", "inscriptions", "rights", "publicationStatus", "hasImage", "isDeleted",
    ];

    /// <summary>Where a field comes in <see cref="Order"/>; unknown fields last.</summary>
    public static int Position(string field)
    {
        for (var i = 0; i < Order.Count; i++)
            if (Order[i] == field) return i;
        return int.MaxValue;
    }

    /// <summary>One line per value (a list field gives several), or none when the field is empty.</summary>
    public IReadOnlyList<string> Lines(string field, CollectionObject o) => field switch
    {
        "objectNumber" => One(o.ObjectNumber),
        "objectNameId" => One(labels.Concept(o.ObjectNameId)),
        "titles" => o.Titles.Select(Title).ToList(),
        "numberOfParts" => One(o.NumberOfParts?.ToString(text.Culture)),
        "shortDescription" => One(o.ShortDescription),
        "makers" => o.Makers.Select(Maker).ToList(),
        "dating" => One(o.Dating is { } d ? $"{d.Text} ({d.Earliest?.ToString(text.Culture) ?? "…"}–{d.Latest?.ToString(text.Culture) ?? "…"})".Trim() : null),
        "materialIds" => o.MaterialIds.Select(id => labels.Concept(id)).ToList(),
        "techniqueIds" => o.TechniqueIds.Select(id => labels.Concept(id)).ToList(),
        "dimensions" => o.Dimensions.Select(Dimension).ToList(),
        "conditionId" => One(labels.Concept(o.ConditionId)),
        "conditionNote" => One(o.ConditionNote),
        "acquisition" => Acquisition(o.Acquisition),
        "currentLocationId" => One(labels.Location(o.CurrentLocationId)),
        "permanentLocationId" => One(labels.Location(o.PermanentLocationId)),
        "subjects" => o.Subjects.Select(s => $"{labels.Subject(s)} ({text[$"subjectKind.{s.Kind}"]})").ToList(),
        "inscriptions" => o.Inscriptions.Select(Inscription).ToList(),
        "rights" => One(string.Join(" · ", new[] { o.Rights.Licence, o.Rights.Holder, o.Rights.CreditLine }.Where(s => s.Length > 0))),
        "publicationStatus" => One(text[$"publication.{o.PublicationStatus}"]),
        "hasImage" => One(text[o.HasImage ? "common.yes" : "common.no"]),
        "isDeleted" => One(text[o.IsDeleted ? "common.yes" : "common.no"]),
        _ => [],
    };

    public string Joined(string field, CollectionObject o) => Lines(field, o) is { Count: > 0 } lines ? string.Join("; ", lines) : Empty;

    public string Title(Title t) => $"{t.Text} ({text[$"titleType.{t.Type}"]}{(t.Language.Length > 0 ? ", " + t.Language : "")})";

    public string Maker(MakerCredit m) =>
        (m.Qualifier.Length > 0 ? m.Qualifier + " " : "") + labels.Agent(m.AgentId) + (m.Role.Length > 0 ? $" ({m.Role})" : "");

    public string Dimension(Dimension d) =>
        $"{d.Type}: {d.Value.ToString(text.Culture)} {d.Unit}{(d.Part.Length > 0 ? $" ({d.Part})" : "")}";

    public static string Inscription(Inscription i) =>
        $"{(i.Type.Length > 0 ? i.Type + ": " : "")}“{i.Text}”{(i.Position.Length > 0 ? $" ({i.Position})" : "")}{(i.Language.Length > 0 ? $" [{i.Language}]" : "")}";

    public string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", text.Culture) ?? "";

    private List<string> Acquisition(Acquisition? a)
    {
        if (a is null) return [];
        var parts = new List<string>();
        if (a.MethodId is not null) parts.Add($"{text["field.acquisitionMethod"]}: {labels.Concept(a.MethodId)}");
        if (a.SourceAgentId is not null) parts.Add($"{text["field.acquisitionSource"]}: {labels.Agent(a.SourceAgentId)}");
        if (a.Date is not null) parts.Add($"{text["field.acquisitionDate"]}: {Date(a.Date)}");
        if (a.Note.Length > 0) parts.Add(a.Note);
        return parts;
    }

    private static List<string> One(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];
}
