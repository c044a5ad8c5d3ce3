using Depot.Core;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Tests.Importing;

/// <summary>Batches are atomic and checkpointed: a run that breaks off resumes after the last committed batch.</summary>
public sealed class ImportResumeContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_broken_run_resumes_after_its_checkpoint_and_ends_with_the_counts_of_a_clean_run(DatabaseEngine engine)
    {
        var w = await ImportRunnerWorld.CreateAsync(engine, Ct);
        var records = Enumerable.Range(1, 7).Select(n => ImportSamples.Record(n, $"Werk {n}")).ToList();
        var path = ListReader.WriteFile(records);

        var broken = new ListReader(records) { FailAfter = 5 };
        await Assert.ThrowsAsync<SourceFormatException>(() => w.RunAsync(broken, path, Ct));
        await using (var db = w.Database.CreateContext())
            Assert.Equal(4, await db.Objects.CountAsync(Ct)); // two whole batches of two; record 5 was in the broken batch

        var whole = new ListReader(records);
        var (summary, outcomes) = await w.RunAsync(whole, path, Ct);

        Assert.Equal([4L], whole.Skips);
        Assert.Equal([5L, 6, 7], outcomes.Select(o => o.Position));
        Assert.Equal((7, 7, 0, 0), (summary.Records, summary.Created, summary.Updated, summary.Unchanged));
        await using var check = w.Database.CreateContext();
        Assert.Equal(7, await check.Objects.CountAsync(Ct));
        Assert.Equal(7, await check.RecordVersions.CountAsync(v => v.RecordType == RecordType.Object, Ct));
        Assert.Equal(1, await check.Agents.CountAsync(Ct));
        Assert.Equal(1, await check.Places.CountAsync(Ct));
        Assert.NotNull((await check.ImportRuns.SingleAsync(Ct)).CompletedAt);
    }
}
