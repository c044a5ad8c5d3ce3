using System.Text;

namespace Depot.Interchange.Importing;

/// <summary>
/// The validation report as CSV, one line per record as it is decided, so a million-record
/// report streams to disk: position, source id, object number, action, issues, changed fields
/// and kept fields (several values in one cell separated by " | ").
/// </summary>
public sealed class CsvImportReport : IImportReport
{
    private readonly TextWriter writer;
    private readonly bool dutch;
    private readonly bool ownsWriter;

    public CsvImportReport(TextWriter writer, bool dutch = true, bool ownsWriter = false)
    {
        this.writer = writer;
        this.dutch = dutch;
        this.ownsWriter = ownsWriter;
        writer.WriteLine(dutch
            ? "positie,bron-id,objectnummer,actie,problemen,gewijzigde velden,bewaarde velden"
            : "position,source id,object number,action,issues,changed fields,kept fields");
    }

    /// <summary>A report written to a new file (UTF-8 with BOM, so spreadsheets read the accents).</summary>
    public static CsvImportReport ToFile(string path, bool dutch) =>
        new(new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16), dutch, ownsWriter: true);

    public async ValueTask AddAsync(RecordOutcome outcome, CancellationToken ct)
    {
        var line = string.Join(',',
            outcome.Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Cell(outcome.SourceId),
            Cell(outcome.ObjectNumber),
            ReportTexts.Action(outcome.Action, dutch),
            Cell(string.Join(" | ", outcome.Issues.Select(i => $"{ReportTexts.Severity(i.Severity, dutch)} {i.Field}: {(dutch ? i.Nl : i.En)}"))),
            Cell(string.Join(" | ", outcome.ChangedFields)),
            Cell(string.Join(" | ", outcome.Kept.Select(k => $"{k.Path} = {k.Value}"))));
        await writer.WriteLineAsync(line.AsMemory(), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync();
        if (ownsWriter) await writer.DisposeAsync();
    }

    private static string Cell(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>The words of the reports, in Dutch and English.</summary>
internal static class ReportTexts
{
    public static string Action(RecordAction action, bool dutch) => (action, dutch) switch
    {
        (RecordAction.Create, true) => "nieuw",
        (RecordAction.Update, true) => "bijgewerkt",
        (RecordAction.Unchanged, true) => "ongewijzigd",
        (RecordAction.Refused, true) => "geweigerd",
        (RecordAction.Create, false) => "create",
        (RecordAction.Update, false) => "update",
        (RecordAction.Unchanged, false) => "unchanged",
        _ => "refused",
    };

    public static string Severity(Sources.IssueSeverity severity, bool dutch) =>
        severity == Sources.IssueSeverity.Error ? (dutch ? "fout" : "error") : (dutch ? "waarschuwing" : "warning");
}
