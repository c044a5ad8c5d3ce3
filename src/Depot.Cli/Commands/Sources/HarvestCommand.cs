using System.CommandLine;
using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Depot.Cli.Commands.Sources;

/// <summary>
/// <c>depot harvest SOURCE-ID --org</c>: harvests one source here and now, with a progress line, exactly as the
/// server's job does (the run appears on the health page). Ctrl+C stops after the page being written; the next
/// harvest resumes from there.
/// </summary>
internal static class HarvestCommand
{
    public static Command Create(CliGlobals globals)
    {
        var id = new Argument<long>("SOURCE-ID") { Description = "The source's id (`depot sources list`)" };
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var command = new Command("harvest", "Harvest one source now, in the foreground") { id, org };
        return globals.Handle(command, async (cli, ct) =>
        {
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            await using var services = await NetworkServices.BuildAsync(cli, ct);
            var run = await services.GetRequiredService<HarvestRunner>().RunAsync(organisation.Id, cli.Value(id), onDemand: true,
                "depot harvest", null, new LineProgress(cli.Out), ct)
                ?? throw new CliError($"{organisation.Slug} heeft geen bron {cli.Value(id)}. `depot sources list --org {organisation.Slug}` toont ze.",
                    $"{organisation.Slug} has no source {cli.Value(id)}. `depot sources list --org {organisation.Slug}` shows them.");
            if (run.Outcome == HarvestOutcome.Succeeded)
            {
                cli.Say($"Klaar: {run.Pages} pagina's, {run.Added} toegevoegd, {run.Updated} gewijzigd, {run.Unchanged} ongewijzigd, {run.Deleted} verwijderd, {run.Refused} geweigerd.",
                    $"Done: {run.Pages} pages, {run.Added} added, {run.Updated} updated, {run.Unchanged} unchanged, {run.Deleted} deleted, {run.Refused} refused.");
                return 0;
            }
            await cli.Console.Error.WriteLineAsync(cli.Text($"Mislukt bij {run.FailingUrl}: {run.Error}", $"Failed at {run.FailingUrl}: {run.ErrorEn}"));
            return CliGlobals.Failure;
        });
    }

    /// <summary>One line per progress report: readable in a terminal, a log file and a test alike.</summary>
    private sealed class LineProgress(IAnsiConsole console) : IJobProgress
    {
        public string Result { get; set; } = "";

        public Task ReportAsync(long done, long? total, string message, CancellationToken ct)
        {
            console.WriteLine(message);
            return Task.CompletedTask;
        }
    }
}
