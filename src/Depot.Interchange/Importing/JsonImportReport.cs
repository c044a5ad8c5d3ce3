using System.Text.Json;

namespace Depot.Interchange.Importing;

/// <summary>
/// The validation report as a JSON array, written record by record with a <see cref="Utf8JsonWriter"/>
/// (never held in memory): <c>[{"position":1,"sourceId":…,"action":"create","issues":[…],…}, …]</c>.
/// </summary>
public sealed class JsonImportReport : IImportReport
{
    private readonly Stream stream;
    private readonly bool ownsStream;
    private readonly Utf8JsonWriter json;

    public JsonImportReport(Stream stream, bool ownsStream = false)
    {
        this.stream = stream;
        this.ownsStream = ownsStream;
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartArray();
    }

    public static JsonImportReport ToFile(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous), ownsStream: true);

    public async ValueTask AddAsync(RecordOutcome outcome, CancellationToken ct)
    {
        json.WriteStartObject();
        json.WriteNumber("position", outcome.Position);
        json.WriteString("sourceId", outcome.SourceId);
        json.WriteString("objectNumber", outcome.ObjectNumber);
        json.WriteString("action", ReportTexts.Action(outcome.Action, dutch: false));
        json.WriteStartArray("issues");
        foreach (var i in outcome.Issues)
        {
            json.WriteStartObject();
            json.WriteString("severity", i.Severity == Sources.IssueSeverity.Error ? "error" : "warning");
            json.WriteString("field", i.Field);
            json.WriteString("nl", i.Nl);
            json.WriteString("en", i.En);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("changedFields");
        foreach (var f in outcome.ChangedFields) json.WriteStringValue(f);
        json.WriteEndArray();
        json.WriteStartArray("kept");
        foreach (var k in outcome.Kept)
        {
            json.WriteStartObject();
            json.WriteString("path", k.Path);
            json.WriteString("value", k.Value);
            if (k.Language.Length > 0) json.WriteString("language", k.Language);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        if (json.BytesPending > 1 << 16) await json.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        json.WriteEndArray();
        await json.FlushAsync();
        await json.DisposeAsync();
        if (ownsStream) await stream.DisposeAsync();
    }
}

/// <summary>A report that keeps nothing, for runs that only want the summary.</summary>
public sealed class NoImportReport : IImportReport
{
    public static NoImportReport Instance { get; } = new();

    public ValueTask AddAsync(RecordOutcome outcome, CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
