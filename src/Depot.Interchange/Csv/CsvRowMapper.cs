using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

/// <summary>
/// Turns one row of a CSV or XLSX file into a <see cref="SourceRecord"/>: mapped columns fill
/// Depot's fields (repeatable ones split by the separator, makers zipped with their roles,
/// qualifiers and URIs by position), unmapped columns are kept under their header, empty cells
/// are skipped. The object number is the record's source id.
/// </summary>
internal sealed partial class CsvRowMapper
{
    private readonly Dictionary<string, List<(string Value, string Column)>> values = new(StringComparer.Ordinal);
    private readonly List<KeptField> kept = [];
    private readonly List<SourceIssue> issues = [];
    private readonly string language;
    private readonly bool serialDates;

    private CsvRowMapper(string language, bool serialDates)
    {
        this.language = language;
        this.serialDates = serialDates;
    }

    public static SourceRecord Map(CsvColumns columns, IReadOnlyList<string?> cells, long position, int? line, string language, bool serialDates)
    {
        var m = new CsvRowMapper(language, serialDates);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]?.Trim();
            if (string.IsNullOrEmpty(cell)) continue;
            if (i >= columns.Headers.Count)
            {
                var name = $"kolom {i + 1}";
                m.kept.Add(new KeptField(name, cell));
                m.Warn(name, $"Waarde '{cell}' staat in kolom {i + 1}, die geen kop heeft; ze is bewaard.",
                    $"Value '{cell}' is in column {i + 1}, which has no header; it is kept.");
                continue;
            }
            var field = columns.Fields[i];
            if (field is null)
            {
                m.kept.Add(new KeptField(columns.Headers[i], cell));
                continue;
            }
            var parts = field.Repeatable ? cell.Split(columns.Separators[i], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [cell];
            if (!m.values.TryGetValue(field.Key, out var list)) m.values[field.Key] = list = [];
            list.AddRange(parts.Select(p => (p, columns.Headers[i])));
        }
        var obj = m.MapObject();
        if (obj.ObjectNumber.Length == 0)
            m.issues.Add(new SourceIssue(IssueSeverity.Error, "objectNumber", "De rij heeft geen objectnummer.", "The row has no object number."));
        return new SourceRecord(obj.ObjectNumber, position, line, obj, m.kept, m.issues);
    }

    private SourceObject MapObject()
    {
        var (condition, conditionNote) = (Term("condition"), One("condition.note"));
        return new SourceObject
        {
            ObjectNumber = One("objectNumber"),
            Titles = [.. All("title").Select((t, i) => new Title(t, language, i == 0 ? TitleType.Preferred : TitleType.Alternate)),
                .. All("title.alternate").Select(t => new Title(t, language, TitleType.Alternate))],
            ObjectName = Term("objectName", "objectName.uri"),
            Classifications = Terms("classification"),
            ShortDescription = One("description"),
            NumberOfParts = NumberOfParts(),
            Makers = Makers(),
            Dating = Dating(),
            Materials = Terms("material"),
            Techniques = Terms("technique"),
            Dimensions = Dimensions(),
            Condition = condition,
            ConditionNote = conditionNote,
            Acquisition = Acquisition(),
            CurrentLocation = One("currentLocation"),
            Subjects = Subjects(),
            Inscriptions = [.. All("inscription").Select(t => new Inscription("", t))],
            Rights = One("rights.licence") is var l && One("rights.holder") is var h && One("rights.creditLine") is var c && l.Length + h.Length + c.Length > 0
                ? new Rights(l, h, c) : Rights.None,
        };
    }

    private List<string> All(string key) => values.TryGetValue(key, out var list) ? list.Select(v => v.Value).ToList() : [];

    /// <summary>A single-valued field; when two columns fill it, the first wins and the other is kept under its header.</summary>
    private string One(string key)
    {
        if (!values.TryGetValue(key, out var list) || list.Count == 0) return "";
        foreach (var (value, column) in list.Skip(1)) kept.Add(new KeptField(column, value));
        if (list.Count > 1) values[key] = [list[0]];
        return list[0].Value;
    }

    /// <summary>The value is not understood: kept verbatim under its column, with a warning naming the column.</summary>
    private void KeepUnread(string key, string nl, string en)
    {
        if (!values.TryGetValue(key, out var list)) return;
        foreach (var (value, column) in list)
        {
            kept.Add(new KeptField(column, value));
            Warn(column, $"'{value}' {nl}; de waarde is bewaard.", $"'{value}' {en}; the value is kept.");
        }
    }

    private SourceTerm? Term(string key, string? uriKey = null)
    {
        var label = One(key);
        if (label.Length == 0)
        {
            if (uriKey is not null) KeepUnread(uriKey, "hoort bij geen objectnaam", "belongs to no object name");
            return null;
        }
        var uri = uriKey is null ? "" : One(uriKey);
        return new SourceTerm(label, language, uri.Length > 0 ? [UriIds.Normalise(uri)] : []);
    }

    private List<SourceTerm> Terms(string key) => All(key).Select(v => new SourceTerm(v, language)).ToList();

    private void Warn(string column, string nl, string en) => issues.Add(new SourceIssue(IssueSeverity.Warning, column, nl, en));

    private static SourceAgent Agent(string name, string uri = "") =>
        new(name, AgentKind.Person, uri.Length > 0 ? [UriIds.ToExternalId(uri)] : []);
}
