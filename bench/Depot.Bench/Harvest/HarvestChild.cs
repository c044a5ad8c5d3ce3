using System.Diagnostics;
using System.Globalization;
using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Depot.Bench.Harvest;

/// <summary>
/// The harvesting side of <see cref="HarvestBench"/>, a process of its own: <c>harvest-child STREAM_URL TARGET.db</c>.
/// A fresh database with one organisation and its LDES source; the harvester and the sink are the
/// receiving app's own services (<see cref="IHarvestSink"/> falls back to <see cref="CountingSink"/>
/// only while none is registered). Prints records/s and the process's peak resident memory.
/// </summary>
internal static class HarvestChild
{
    public const string Command = "harvest-child";

    public static async Task<int> RunAsync(string[] args)
    {
        var ct = CancellationToken.None;
        var target = DatabaseTarget.Sqlite(args[2]);
        var database = new DepotDatabase(target);
        await database.MigrateAsync(ct);
        var organisationId = await EngineBench.AddOrganisationAsync(database, ct);
        var source = new HarvestSource
        {
            OrganisationId = organisationId, Name = "Bench LDES", Kind = HarvestSourceKind.Ldes, Url = args[1],
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, CreatedBy = "bench",
        };
        await using (var db = database.CreateContext())
        {
            db.HarvestSources.Add(source);
            await db.SaveChangesAsync(ct);
        }

        var app = DepotWebApp.Create(["--Logging:LogLevel:Default=Warning", "--Depot:Network:AllowedPrivateNetworks:0=127.0.0.1"],
            new DepotHostOptions { Database = target, Urls = "http://127.0.0.1:0", MigrateOnStart = false, Demo = false, RunJobs = false });
        var harvester = app.Services.GetServices<IHarvester>().Single(h => h.Kind == HarvestSourceKind.Ldes);
        var real = app.Services.GetService<IHarvestSink>();
        if (real is null) AnsiConsole.MarkupLine("[yellow]No IHarvestSink registered yet: records are mapped and counted, not written.[/]");
        var sink = new CountingSink(real);

        var watch = Stopwatch.StartNew();
        await harvester.HarvestAsync(source, sink, new ConsoleProgress(sink, watch), ct);
        var seconds = watch.Elapsed.TotalSeconds;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]LDES harvest[/]: {sink.Items:N0} records in {sink.Pages:N0} pages, {seconds:0.0} s = [bold]{sink.Items / seconds:N0} records/s[/] (target ≥ 3,000), peak memory [bold]{PeakMb():N0} MB[/] (target < 400), sink: {(real is null ? "counting only" : real.GetType().Name)}"));
        return 0;
    }

    /// <summary>Peak resident set of this process (VmHWM), in MB.</summary>
    private static double PeakMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? Environment.WorkingSet / 1048576.0
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private sealed class ConsoleProgress(CountingSink sink, Stopwatch watch) : IJobProgress
    {
        public string Result { get; set; } = "";

        public Task ReportAsync(long done, long? total, string message, CancellationToken ct)
        {
            if (done % 50 == 0)
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{sink.Items:N0} records, {sink.Items / watch.Elapsed.TotalSeconds:N0}/s, peak {PeakMb():N0} MB[/]"));
            return Task.CompletedTask;
        }
    }
}

/// <summary>Counts what goes through, handing it to the real sink when there is one.</summary>
internal sealed class CountingSink(IHarvestSink? inner) : IHarvestSink
{
    public long Items { get; private set; }
    public long Pages { get; private set; }

    public async Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
    {
        Items += page.Items.Count;
        Pages++;
        if (inner is not null) return await inner.WriteAsync(source, page, ct);
        source.State = page.NextState;
        return new HarvestPageOutcome(page.Items.OfType<HarvestUpsert>().Count(), 0, 0, page.Items.OfType<HarvestWithdrawal>().Count(), 0, []);
    }

    public Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct) =>
        inner?.WithdrawNotSeenSinceAsync(source, since, nextState, ct) ?? Task.FromResult(0L);
}
