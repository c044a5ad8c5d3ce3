using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Depot.Interchange.Importing;
using Depot.Storage.Database;

namespace Depot.Web.Importing;

/// <summary>The stored report as a CSV or JSON download, written line by line to the response.</summary>
public static class ReportDownloads
{
    public static async Task WriteCsvAsync(Stream body, IEnumerable<ReportLine> lines, bool english, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(true), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync(english
            ? "position,source id,object number,action,errors,warnings,messages,changed fields,kept fields"
            : "positie,bron-id,objectnummer,actie,fouten,waarschuwingen,meldingen,gewijzigde velden,bewaarde velden");
        foreach (var line in lines)
        {
            ct.ThrowIfCancellationRequested();
            var messages = string.Join(" | ", line.Issues.Select(i => $"{i.Field}: {(english ? i.En : i.Nl)}"));
            var kept = string.Join(" | ", line.Kept.Select(k => $"{k.Path}={k.Value}"));
            await writer.WriteLineAsync(string.Join(',', new[]
            {
                line.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), line.SourceId, line.ObjectNumber, line.Action,
                line.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture),
                messages, string.Join(" | ", line.ChangedFields), kept,
            }.Select(Quote)));
        }
    }

    public static async Task WriteJsonAsync(PipeWriter body, ImportSummary? summary, IEnumerable<ReportLine> lines, CancellationToken ct)
    {
        // The writer fills the pipe's buffer; only FlushAsync touches the network, so nothing blocks on I/O.
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WritePropertyName("summary");
        JsonSerializer.Serialize(json, summary, DepotJson.Options);
        json.WriteStartArray("records");
        foreach (var line in lines)
        {
            JsonSerializer.Serialize(json, line, DepotJson.Options);
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
                await body.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await body.FlushAsync(ct);
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
