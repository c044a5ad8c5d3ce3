using System.Text;
using Spectre.Console;
using static Depot.Bench.OpenData.OpenDataResult;

namespace Depot.Bench.OpenData;

/// <summary>The open-data figures as a console table and as markdown: figure, measured, target and the ratio to it.</summary>
internal static class OpenDataReport
{
    public static void Print(Machine machine, OpenDataResult r)
    {
        AnsiConsole.MarkupLine($"[bold]Machine:[/] {Markup.Escape(machine.ToString())}; load average now {Machine.LoadAverage()}");
        var table = new Table().Title(Title(r)).AddColumns("Figure", "Measured", "Target", "Ratio", "");
        foreach (var row in r.Rows)
            table.AddRow(Markup.Escape(row.Figure), Markup.Escape(row.Measured), Markup.Escape(row.Target), Ratio(row),
                row.Ratio switch { >= 1 => "[green]met[/]", not null => "[red]missed[/]", null => "" });
        AnsiConsole.Write(table);
        foreach (var note in r.Notes) AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
    }

    public static string Markdown(Machine machine, string command, OpenDataResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Depot open-data benchmark (issue 5)").AppendLine();
        sb.AppendLine(F($"- Machine: {machine}"));
        sb.AppendLine(F($"- Run at: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average at the end {Machine.LoadAverage()}"));
        sb.AppendLine(F($"- Command: `{command}`")).AppendLine();
        sb.AppendLine(F($"## {Title(r)}")).AppendLine();
        sb.AppendLine("| Figure | Measured | Target | Ratio | |").AppendLine("|---|---|---|---|---|");
        foreach (var row in r.Rows)
            sb.AppendLine(F($"| {row.Figure} | {row.Measured} | {row.Target} | {Ratio(row)} | {row.Ratio switch { >= 1 => "met", not null => "**missed**", null => "" }} |"));
        sb.AppendLine();
        foreach (var note in r.Notes) sb.AppendLine("- " + note);
        return sb.ToString();
    }

    private static string Title(OpenDataResult r) => F($"{r.Engine} — {r.Objects:N0} objects, {r.PublicObjects:N0} public");

    private static string Ratio(OpenDataRow row) => row.Ratio is double ratio ? F($"{ratio:0.00}") : "";
}
