using System.Globalization;
using Depot.Preservation.Linking;
using Spectre.Console;

namespace Depot.Cli.Commands.Ingest;

/// <summary>What an ingest run did: the totals, then every refusal with its reason and every manifest row that linked nothing.</summary>
internal static class IngestSummary
{
    public static void Write(CliContext cli, FolderIngest run, int found, IngestManifest? manifest)
    {
        var table = new Table().AddColumn(cli.Text("Resultaat", "Result")).AddColumn(new TableColumn(cli.Text("Aantal", "Count")).RightAligned());
        void Row(string nl, string en, int value) => table.AddRow(cli.Text(nl, en), value.ToString("N0", CultureInfo.InvariantCulture));
        Row("Gevonden", "Found", found);
        Row("Opgenomen", "Ingested", run.Ingested);
        Row("Dubbels (al in het depot)", "Duplicates (already in the depot)", run.Duplicates);
        Row("Geweigerd", "Refused", run.Refused.Count);
        Row("Gekoppeld aan een object", "Linked to an object", run.Linked);
        Row("Niet gekoppeld", "Not linked", run.Unlinked);
        cli.Out.Write(table);

        if (run.Refused.Count > 0)
        {
            var refused = new Table().AddColumn(cli.Text("Geweigerd bestand", "Refused file")).AddColumn(cli.Text("Reden", "Reason"));
            foreach (var (path, refusal) in run.Refused)
                refused.AddRow(Markup.Escape(path), Markup.Escape(cli.Text(refusal.MessageNl, refusal.MessageEn)));
            cli.Out.Write(refused);
        }
        var problems = new List<(string Where, string Nl, string En)>();
        foreach (var (path, number) in run.UnknownNumbers)
            problems.Add((path, $"geen object met nummer {number}", $"no object numbered {number}"));
        if (manifest is not null)
        {
            foreach (var row in manifest.Unmatched)
                problems.Add(($"manifest {cli.Text("regel", "line")} {row.Line}", $"geen bestand {row.File} in de map", $"no file {row.File} in the folder"));
            foreach (var p in manifest.Problems)
                problems.Add(($"manifest {cli.Text("regel", "line")} {p.Line}", p.Nl, p.En));
        }
        if (problems.Count > 0)
        {
            var links = new Table().AddColumn(cli.Text("Koppeling", "Link")).AddColumn(cli.Text("Probleem", "Problem"));
            foreach (var (where, nl, en) in problems) links.AddRow(Markup.Escape(where), Markup.Escape(cli.Text(nl, en)));
            cli.Out.Write(links);
        }
        cli.Say($"ingest: {run.Ingested} opgenomen, {run.Duplicates} dubbel, {run.Refused.Count} geweigerd, {run.Linked} gekoppeld, {run.Unlinked} niet gekoppeld",
            $"ingest: {run.Ingested} ingested, {run.Duplicates} duplicates, {run.Refused.Count} refused, {run.Linked} linked, {run.Unlinked} not linked");
    }
}
