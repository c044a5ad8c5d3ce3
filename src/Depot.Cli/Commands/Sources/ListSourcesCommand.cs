using System.CommandLine;
using System.Globalization;
using Depot.Network.Sources;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Depot.Cli.Commands.Sources;

/// <summary><c>depot sources list --org</c>: the organisation's sources with their health.</summary>
internal static class ListSourcesCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var command = new Command("list", "List an organisation's sources and their health") { org };
        return globals.Handle(command, async (cli, ct) =>
        {
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            await using var services = await NetworkServices.BuildAsync(cli, ct);
            var sources = await services.GetRequiredService<SourceStore>().HealthAsync(organisation.Id, ct);
            if (sources.Count == 0)
            {
                cli.Say($"{organisation.Slug} heeft nog geen bronnen. Voeg er een toe met `depot sources add`.",
                    $"{organisation.Slug} has no sources yet. Add one with `depot sources add`.");
                return 0;
            }
            var table = new Table().AddColumn("Id").AddColumn(cli.Text("Naam", "Name")).AddColumn(cli.Text("Soort", "Kind")).AddColumn("URL")
                .AddColumn(cli.Text("Laatste oogst", "Last harvest")).AddColumn(new TableColumn("Records").RightAligned())
                .AddColumn(cli.Text("Volgende", "Next")).AddColumn(cli.Text("Fout", "Error"));
            foreach (var (s, _, _, _) in sources)
            {
                var last = s.LastOutcome is null ? "-" : $"{s.LastOutcome} {s.LastFinishedAt ?? s.LastStartedAt:yyyy-MM-dd HH:mm}";
                var error = s.LastError.Length == 0 ? "" : $"{cli.Text(s.LastError, s.LastErrorEn)} ({s.LastFailingUrl})";
                table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Name) + (s.Flagged ? cli.Text(" [!]", " [!]") : ""),
                    SourceInput.KindName(s.Kind) + (s.MetadataFormat.Length > 0 ? "/" + s.MetadataFormat : ""), Markup.Escape(s.Url),
                    last, s.RecordCount.ToString(CultureInfo.InvariantCulture),
                    s.NextRunAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-", Markup.Escape(error));
            }
            cli.Out.Write(table);
            return 0;
        });
    }
}
