using System.Globalization;
using Depot.Interchange.Importing;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary>The totals of an import as a table, with the source fields that were kept verbatim.</summary>
internal static class ImportSummaryTable
{
    public static void Write(CliContext cli, ImportSummary s)
    {
        var table = new Table().AddColumn(cli.Text("Resultaat", "Result")).AddColumn(new TableColumn(cli.Text("Aantal", "Count")).RightAligned());
        void Row(string nl, string en, long value) => table.AddRow(cli.Text(nl, en), value.ToString("N0", CultureInfo.InvariantCulture));
        Row("Records", "Records", s.Records);
        Row(s.DryRun ? "Zou nieuw zijn" : "Nieuw", s.DryRun ? "Would create" : "Created", s.Created);
        Row(s.DryRun ? "Zou bijwerken" : "Bijgewerkt", s.DryRun ? "Would update" : "Updated", s.Updated);
        Row("Ongewijzigd", "Unchanged", s.Unchanged);
        Row("Geweigerd", "Refused", s.Refused);
        Row("Waarschuwingen", "Warnings", s.Warnings);
        cli.Out.Write(table);
        if (s.KeptPaths.Count > 0)
        {
            var kept = new Table().AddColumn(cli.Text("Bewaard bronveld", "Kept source field")).AddColumn(new TableColumn(cli.Text("Waarden", "Values")).RightAligned());
            foreach (var (path, count) in s.KeptPaths.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(30))
                kept.AddRow(Markup.Escape(path), count.ToString("N0", CultureInfo.InvariantCulture));
            cli.Out.Write(kept);
        }
        var rate = s.Elapsed.TotalSeconds > 0 ? s.Records / s.Elapsed.TotalSeconds : 0;
        cli.Say($"import: {s.Records} records, {s.Created} nieuw, {s.Updated} bijgewerkt, {s.Unchanged} ongewijzigd, {s.Refused} geweigerd in {s.Elapsed.TotalSeconds:0.0} s ({rate:0} records/s){(s.DryRun ? " — proefdraai, niets geschreven" : "")}",
            $"import: {s.Records} records, {s.Created} created, {s.Updated} updated, {s.Unchanged} unchanged, {s.Refused} refused in {s.Elapsed.TotalSeconds:0.0} s ({rate:0} records/s){(s.DryRun ? " — dry run, nothing written" : "")}");
    }
}
