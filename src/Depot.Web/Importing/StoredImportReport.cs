using System.Text;
using System.Text.Json;
using Depot.Interchange.Importing;
using Depot.Storage.Database;

namespace Depot.Web.Importing;

/// <summary>
/// The per-record report of one run, as JSON lines in the data directory: one line per record,
/// appended as the run goes, so a report of a million records costs disk, not memory or database
/// rows. A resumed run (a retried job) appends after the last position already written and never
/// writes a record twice.
/// </summary>
public sealed class StoredImportReport : IImportReport
{
    private readonly StreamWriter writer;
    private long lastPosition;

    private StoredImportReport(StreamWriter writer, long lastPosition)
    {
        this.writer = writer;
        this.lastPosition = lastPosition;
    }

    /// <param name="path">The report file.</param>
    /// <param name="fresh">Start over (a new run); otherwise carry on after what an earlier attempt wrote.</param>
    public static StoredImportReport Open(string path, bool fresh)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var last = 0L;
        if (!fresh && File.Exists(path))
            foreach (var line in ImportReportFile.Lines(path))
                last = Math.Max(last, line.Position);
        var stream = new FileStream(path, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
        return new StoredImportReport(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false }, last);
    }

    public async ValueTask AddAsync(RecordOutcome outcome, CancellationToken ct)
    {
        if (outcome.Position <= lastPosition) return;
        lastPosition = outcome.Position;
        await writer.WriteLineAsync(JsonSerializer.Serialize(ReportLine.From(outcome), DepotJson.Options).AsMemory(), ct);
    }

    public async ValueTask DisposeAsync() => await writer.DisposeAsync();
}

/// <summary>
/// One record of the report as stored. The action and whether there are issues come first, so a
/// filtered page can pass over other lines by their start without parsing them.
/// </summary>
public sealed record ReportLine(string Action, int Errors, int Warnings, long Position, string SourceId, string ObjectNumber,
    IReadOnlyList<Interchange.Sources.SourceIssue> Issues, IReadOnlyList<string> ChangedFields, IReadOnlyList<Interchange.Sources.KeptField> Kept)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public RecordAction RecordAction => Enum.Parse<RecordAction>(Action, ignoreCase: true);

    public static ReportLine From(RecordOutcome o) => new(
        o.Action.ToString().ToLowerInvariant(),
        o.Issues.Count(i => i.Severity == Interchange.Sources.IssueSeverity.Error),
        o.Issues.Count(i => i.Severity == Interchange.Sources.IssueSeverity.Warning),
        o.Position, o.SourceId, o.ObjectNumber, o.Issues, o.ChangedFields, o.Kept);
}
