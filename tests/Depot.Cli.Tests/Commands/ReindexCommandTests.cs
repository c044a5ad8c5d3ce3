using Depot.Cli.Tests.Support;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Commands;

public sealed class ReindexCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reindex_now_rebuilds_the_full_text_index_and_without_now_queues_a_job()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");
        var database = new DepotDatabase(cli.Target);
        long organisationId;
        await using (var db = database.CreateContext())
            organisationId = await db.Organisations.Where(o => o.Slug == "mas").Select(o => o.Id).SingleAsync(Ct);
        var records = new RecordStore(database, TimeProvider.System);
        for (var n = 1; n <= 30; n++)
            await records.CreateAsync(organisationId, new CollectionObject { ObjectNumber = $"M.{n}", Titles = [new Title($"Prent {n}")] }, Actor.System, Ct);
        await using (var db = database.CreateContext())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM object_search", Ct);

        var now = await cli.RunAsync("reindex", "--org", "mas", "--now", "--lang", "en");
        var queued = await cli.RunAsync("reindex", "--org", "mas");
        var listed = await cli.RunAsync("jobs", "list", "--org", "mas");

        Assert.True(now.ExitCode == 0, now.Output);
        Assert.Contains("Reindexed 30 objects of mas.", now.Output);
        await using var check = database.CreateContext();
        Assert.Equal(30, await check.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM object_search WHERE body MATCH 'prent'").SingleAsync(Ct));
        Assert.Equal(0, queued.ExitCode);
        var job = await check.Jobs.SingleAsync(Ct);
        Assert.Equal((SearchReindex.Kind, organisationId, JobState.Queued), (job.Kind, job.OrganisationId, job.State));
        Assert.Contains($"Job {job.Id} ({SearchReindex.Kind})", queued.Output);
        Assert.Contains(SearchReindex.Kind, listed.Output);
        Assert.Contains("Queued", listed.Output);
    }
}
