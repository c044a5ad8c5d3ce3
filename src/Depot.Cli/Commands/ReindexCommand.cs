using System.CommandLine;
using Depot.Storage.Jobs;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary><c>depot reindex --org</c>: rebuilds an organisation's search index, as a background job or right now.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var now = new Option<bool>("--now") { Description = "Run here with a progress bar instead of queueing a job for the server" };
        var command = new Command("reindex", "Rebuild the facet and full-text index of an organisation") { org, now };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            if (!cli.Value(now))
            {
                var job = await new JobQueue(database, TimeProvider.System).EnqueueAsync(SearchReindex.Kind, organisation.Id, "{}", ct);
                cli.Say($"Job {job.Id} ({SearchReindex.Kind}) staat in de wachtrij; een draaiende `depot serve` voert hem uit.",
                    $"Job {job.Id} ({SearchReindex.Kind}) is queued; a running `depot serve` will run it.");
                return 0;
            }
            var reindex = new SearchReindex(database);
            long count = 0;
            await cli.Out.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask(cli.Text("Objecten indexeren", "Indexing objects"), maxValue: 1);
                count = await reindex.RebuildAsync(organisation.Id, (done, total, _) =>
                {
                    task.MaxValue = Math.Max(total, 1);
                    task.Value = done;
                    return Task.CompletedTask;
                }, ct);
                task.Value = task.MaxValue;
            });
            cli.Say($"{count} objecten van {organisation.Slug} opnieuw geïndexeerd.", $"Reindexed {count} objects of {organisation.Slug}.");
            return 0;
        });
    }
}
