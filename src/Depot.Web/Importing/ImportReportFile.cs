using System.Text.Json;
using Depot.Interchange.Importing;
using Depot.Storage.Database;

namespace Depot.Web.Importing;

/// <summary>Which lines of a report a page shows: one action, or only records with errors or warnings.</summary>
public sealed record ReportFilter(RecordAction? Action, bool IssuesOnly)
{
    public static readonly ReportFilter All = new(null, false);

    /// <summary>Whether a stored line can match, judged by its start (<c>{"action":"create","errors":0,"warnings":1,…</c>) without parsing it.</summary>
    internal bool MayMatch(string line)
    {
        if (Action is RecordAction action && !line.StartsWith($"{{\"action\":\"{action.ToString().ToLowerInvariant()}\"", StringComparison.Ordinal))
            return false;
        return !IssuesOnly || !line.Contains("\"errors\":0,\"warnings\":0,", StringComparison.Ordinal);
    }
}

/// <summary>Reads a stored report: a page of lines, streamed from the file, so a report of a million records pages in flat memory.</summary>
public static class ImportReportFile
{
    public static IEnumerable<ReportLine> Lines(string path, ReportFilter? filter = null)
    {
        foreach (var line in RawLines(path, filter ?? ReportFilter.All))
            if (Parse(line) is { } parsed)
                yield return parsed;
    }

    /// <summary>One page of matching lines and whether more follow; lines before the page are counted, not parsed.</summary>
    public static (IReadOnlyList<ReportLine> Rows, bool HasMore) Page(string path, ReportFilter filter, int page, int size)
    {
        var raw = RawLines(path, filter).Skip((Math.Max(1, page) - 1) * size).Take(size + 1).ToList();
        return ([.. raw.Take(size).Select(Parse).OfType<ReportLine>()], raw.Count > size);
    }

    private static IEnumerable<string> RawLines(string path, ReportFilter filter)
    {
        if (!File.Exists(path)) yield break;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && filter.MayMatch(line))
                yield return line;
    }

    private static ReportLine? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportLine>(line, DepotJson.Options);
        }
        catch (JsonException)
        {
            return null; // The last line of a run that was stopped mid-write.
        }
    }
}
