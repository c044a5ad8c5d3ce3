using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Depot.Bench;

/// <summary>The results as console tables and as markdown, with the targets beside the figures.</summary>
internal static class Report
{
    private sealed record Row(string Metric, string Value, string Target, bool? Met);

    private static List<Row> Rows(EngineResult r)
    {
        var searchTarget = r.Objects < 1_000_000 ? 50 : 150;
        var projected = r.LoadRate > 0 ? 1_000_000 / r.LoadRate : 0;
        var load = r.LoadSeconds <= 0 ? [] : new List<Row>
        {
            new("Bulk load", F($"{r.Objects:N0} objects in {r.LoadSeconds:0.0} s ({r.LoadRate:N0} objects/s)"), "", null),
            new("Bulk load, 1M projected", F($"{projected:0} s"), "< 180 s", projected > 0 ? projected < 180 : null),
            new("Bulk load CPU time (this process)", F($"{r.LoadCpuSeconds:0.0} s, machine load average {r.LoadAverage}"), "", null),
            new("Peak working set during load", F($"{r.LoadPeakMb:0} MB"), "< 500 MB", r.LoadPeakMb < 500),
        };
        // Issue 3: every main page's server time p95 under 30 ms at 1,000,000 objects.
        var pages = r.Pages.Select(p => new Row(p.Label, L(p), "p95 < 30 ms (1M)", r.Objects >= 1_000_000 ? p.P95 < 30 : null));
        return
        [
            .. load,
            new("Create (RecordStore.CreateAsync)", L(r.Create), "", null),
            new("Search keyword + 3 facets", L(r.Search), F($"p95 < {searchTarget} ms"), r.Search is null ? null : r.Search.P95 < searchTarget),
            new(r.Page?.Label is { Length: > 0 } label ? label : "Object page", L(r.Page), "p95 < 20 ms", r.Page is null ? null : r.Page.P95 < 20),
            .. pages,
            new("Server ready (process start → /health)", r.ReadySeconds > 0 ? F($"{r.ReadySeconds:0.00} s") : "not measured", "< 2 s", r.ReadySeconds > 0 ? r.ReadySeconds < 2 : null),
            new("Server idle memory (RSS)", r.IdleMb > 0 ? F($"{r.IdleMb:0} MB") : "not measured", "< 150 MB", r.IdleMb > 0 ? r.IdleMb < 150 : null),
        ];
    }

    public static void Print(Machine machine, IEnumerable<EngineResult> results)
    {
        AnsiConsole.MarkupLine($"[bold]Machine:[/] {Markup.Escape(machine.ToString())}");
        foreach (var r in results)
        {
            var table = new Table().Title($"{r.Engine} — {r.Objects:N0} objects").AddColumns("Metric", "Measured", "Target", "");
            foreach (var row in Rows(r))
                table.AddRow(Markup.Escape(row.Metric), Markup.Escape(row.Value), Markup.Escape(row.Target),
                    row.Met switch { true => "[green]met[/]", false => "[red]missed[/]", null => "" });
            AnsiConsole.Write(table);
            foreach (var note in r.Notes) AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
        }
    }

    public static string Markdown(Machine machine, string command, IEnumerable<EngineResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Depot benchmark").AppendLine();
        sb.AppendLine(F($"- Machine: {machine}"));
        sb.AppendLine(F($"- Run at: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        sb.AppendLine(F($"- Command: `{command}`")).AppendLine();
        foreach (var r in results)
        {
            sb.AppendLine(F($"## {r.Engine}, {r.Objects:N0} objects")).AppendLine();
            sb.AppendLine("| Metric | Measured | Target | |").AppendLine("|---|---|---|---|");
            foreach (var row in Rows(r))
                sb.AppendLine(F($"| {row.Metric} | {row.Value} | {row.Target} | {row.Met switch { true => "met", false => "**missed**", null => "" }} |"));
            sb.AppendLine();
            foreach (var note in r.Notes) sb.AppendLine("- " + note);
            if (r.Notes.Count > 0) sb.AppendLine();
        }
        return sb.ToString();
    }

    private static string L(Latency? l) => l is null ? "not measured" : F($"p50 {l.P50:0.0} ms · p95 {l.P95:0.0} ms · p99 {l.P99:0.0} ms (n={l.Count})");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
