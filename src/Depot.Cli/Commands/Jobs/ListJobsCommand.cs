using System.CommandLine;
using System.Globalization;
using Depot.Storage.Jobs;
using Spectre.Console;

namespace Depot.Cli.Commands.Jobs;

/// <summary><c>depot jobs list --org</c>: an organisation's recent jobs with their state and progress.</summary>
internal static class ListJobsCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var limit = new Option<int>("--limit") { Description = "How many recent jobs", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List recent jobs of an organisation") { org, limit };
        return globals.Handle(command, async (cli, ct) =>
        {
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            var jobs = await new JobQueue(await cli.DatabaseAsync(ct), TimeProvider.System).ListAsync(organisation.Id, Math.Clamp(cli.Value(limit), 1, 500), ct);
            if (jobs.Count == 0)
            {
                cli.Say($"{organisation.Slug} heeft nog geen jobs.", $"{organisation.Slug} has no jobs yet.");
                return 0;
            }
            var table = new Table().AddColumn("Id").AddColumn(cli.Text("Soort", "Kind")).AddColumn(cli.Text("Toestand", "State"))
                .AddColumn(cli.Text("Voortgang", "Progress")).AddColumn(cli.Text("Poging", "Attempt")).AddColumn(cli.Text("Proces", "Process"))
                .AddColumn(cli.Text("Melding", "Message"));
            foreach (var j in jobs)
                table.AddRow(j.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(j.Kind), j.State.ToString(),
                    j.Total is long total ? string.Create(CultureInfo.InvariantCulture, $"{j.Progress}/{total}") : j.Progress.ToString(CultureInfo.InvariantCulture),
                    j.Attempts.ToString(CultureInfo.InvariantCulture), Markup.Escape(j.ClaimedBy ?? ""), Markup.Escape(j.Error.Length > 0 ? j.Error : j.Message));
            cli.Out.Write(table);
            return 0;
        });
    }
}
