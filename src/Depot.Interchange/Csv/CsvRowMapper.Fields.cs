using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

internal sealed partial class CsvRowMapper
{
    private static readonly (string Key, string Type, string Unit)[] DimensionFields =
    [
        ("dimension.height", "hoogte", "cm"),
        ("dimension.width", "breedte", "cm"),
        ("dimension.depth", "diepte", "cm"),
        ("dimension.diameter", "diameter", "cm"),
        ("dimension.weight", "gewicht", "g"),
    ];

    private int? NumberOfParts()
    {
        var text = One("numberOfParts");
        if (text.Length == 0) return null;
        if (CsvValues.Decimal(text) is decimal d && d == decimal.Truncate(d) && d is > 0 and <= int.MaxValue) return (int)d;
        KeepUnread("numberOfParts", "is geen geheel aantal delen", "is not a whole number of parts");
        return null;
    }

    /// <summary>Makers zipped with role, qualifier and URI by position: the second role belongs to the second maker.</summary>
    private List<SourceMaker> Makers()
    {
        var names = All("maker");
        var roles = All("maker.role");
        var qualifiers = All("maker.qualifier");
        var uris = All("maker.uri");
        var makers = names.Select((name, i) => new SourceMaker(Agent(name, At(uris, i)), At(roles, i), At(qualifiers, i))).ToList();
        foreach (var key in new[] { "maker.role", "maker.qualifier", "maker.uri" })
            if (values.TryGetValue(key, out var list) && list.Count > names.Count)
            {
                values[key] = list.Skip(names.Count).ToList();
                KeepUnread(key, "hoort bij geen vervaardiger (er zijn meer waarden dan vervaardigers)", "belongs to no maker (there are more values than makers)");
            }
        return makers;
    }

    private static string At(List<string> list, int i) => i < list.Count ? list[i] : "";

    /// <summary>The dating text read as written ("ca. 1601-1620", "17de eeuw"); earliest/latest years, when given, set the bounds.</summary>
    private HistoricalDate? Dating()
    {
        var text = One("dating");
        var earliestText = One("dating.earliest");
        var latestText = One("dating.latest");
        var earliest = earliestText.Length > 0 ? CsvValues.Year(earliestText) : null;
        var latest = latestText.Length > 0 ? CsvValues.Year(latestText) : null;
        if (earliestText.Length > 0 && earliest is null) KeepUnread("dating.earliest", "is geen jaartal", "is not a year");
        if (latestText.Length > 0 && latest is null) KeepUnread("dating.latest", "is geen jaartal", "is not a year");
        var parsed = HistoricalDate.Parse(text);
        if (earliest is null && latest is null)
        {
            if (text.Length > 0 && parsed is null) KeepUnread("dating", "is geen datering die Depot kan lezen (geef ook begin- en eindjaar)", "is not a dating Depot can read (give earliest and latest years too)");
            return parsed;
        }
        if (earliest > latest)
        {
            KeepUnread("dating.earliest", "ligt na het eindjaar", "is after the latest year");
            KeepUnread("dating.latest", "ligt vóór het beginjaar", "is before the earliest year");
            return parsed;
        }
        return new HistoricalDate(earliest, latest, text, parsed?.Precision ?? DatePrecision.Exact);
    }

    private List<Dimension> Dimensions()
    {
        var dimensions = new List<Dimension>();
        foreach (var (key, type, unit) in DimensionFields)
        {
            var text = One(key);
            if (text.Length == 0) continue;
            if (CsvValues.Decimal(text) is decimal value) dimensions.Add(new Dimension(type, value, unit));
            else KeepUnread(key, $"is geen getal (in {unit})", $"is not a number (in {unit})");
        }
        return dimensions;
    }

    private SourceAcquisition? Acquisition()
    {
        var method = Term("acquisition.method");
        var source = One("acquisition.source");
        var dateText = One("acquisition.date");
        var note = One("acquisition.note");
        var date = dateText.Length > 0 ? CsvValues.Date(dateText, serialDates) : null;
        if (dateText.Length > 0 && date is null)
        {
            if (CsvValues.Year(dateText) is not null) kept.Add(new KeptField(values["acquisition.date"][0].Column, dateText));
            else KeepUnread("acquisition.date", "is geen datum (schrijf 2024-03-01 of 1-3-2024)", "is not a date (write 2024-03-01 or 1-3-2024)");
        }
        if (method is null && source.Length == 0 && date is null && note.Length == 0) return null;
        return new SourceAcquisition(method, source.Length > 0 ? Agent(source) : null, date, note);
    }

    private List<SourceSubject> Subjects() =>
    [
        .. Terms("subject").Select(t => new SourceSubject(SubjectKind.MainMotif, t)),
        .. All("depictedPerson").Select(p => new SourceSubject(SubjectKind.DepictedAgent, Agent: Agent(p))),
        .. All("depictedPlace").Select(p => new SourceSubject(SubjectKind.DepictedPlace, Place: new SourcePlace(p))),
    ];
}
