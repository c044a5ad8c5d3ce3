using Depot.Core.Organisations;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Demo;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Bench;

/// <summary>Runs every measurement on one engine against a fresh database.</summary>
internal static partial class EngineBench
{
    public const string OrganisationSlug = "bench-museum";

    public static async Task<EngineResult> RunAsync(string engine, DatabaseTarget target, BenchOptions options, CancellationToken ct)
    {
        var result = new EngineResult { Engine = engine, Objects = options.Objects };
        var database = new DepotDatabase(target);
        var collection = new RealisticCollection(seed: 1, CollectionProfile.Museum, "Benchmuseum");
        long organisationId;
        if (options.Reuse is null)
        {
            await database.MigrateAsync(ct);
            organisationId = await AddOrganisationAsync(database, ct);
            await LoadAsync(database, organisationId, collection, options.Objects, result, ct);
        }
        else
        {
            await using var db = database.CreateContext();
            organisationId = await db.Organisations.Where(o => o.Slug == OrganisationSlug).Select(o => o.Id).SingleAsync(ct);
            result.Objects = await db.Objects.CountAsync(o => o.OrganisationId == organisationId && !o.IsDeleted, ct);
            options = options with { Objects = result.Objects };
            result.Notes.Add($"reused a database loaded earlier ({result.Objects:N0} objects): no load figures");
        }
        await using (var host = await InProcessHost.StartAsync(target, organisationId, ct))
        {
            AnsiConsole.MarkupLine($"[grey]{engine}: single creates…[/]");
            result.Create = await CreatesAsync(host, organisationId, collection, options.Creates, ct);
            AnsiConsole.MarkupLine($"[grey]{engine}: searches…[/]");
            result.Search = await SearchesAsync(host, organisationId, collection, options, result, ct);
            AnsiConsole.MarkupLine($"[grey]{engine}: object pages…[/]");
            result.Page = await host.PageViewsAsync(options.PageViews, result, ct);
            AnsiConsole.MarkupLine($"[grey]{engine}: other main pages…[/]");
            result.Pages = await host.MainPagesAsync(options.PageViews, SearchWords(collection, options), ct);
        }
        await BatchEditAsync(database, organisationId, result, ct);
        AnsiConsole.MarkupLine($"[grey]{engine}: start-up and idle memory of a separate server process…[/]");
        try
        {
            (result.ReadySeconds, result.IdleMb) = await ServeChild.MeasureAsync(target, ct);
        }
        catch (TimeoutException e)
        {
            // On a machine loaded far beyond its cores the server may take over a minute: keep the other figures.
            result.Notes.Add("start-up: " + e.Message);
        }
        return result;
    }

    internal static async Task<long> AddOrganisationAsync(DepotDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var org = new Organisation
        {
            Slug = OrganisationSlug,
            Name = "Benchmuseum",
            Kind = OrganisationKind.Museum,
            Address = new Address("Meir 1", "2000", "Antwerpen", "BE"),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return org.Id;
    }

    private static async Task LoadAsync(DepotDatabase database, long organisationId, RealisticCollection collection, int count, EngineResult result, CancellationToken ct)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var loader = new BulkLoader(database, TimeProvider.System);
        var step = Math.Max(count / 10, 1);
        var next = (long)step;
        var progress = new InlineProgress(done =>
        {
            if (done < next) return;
            AnsiConsole.MarkupLine($"[grey]{result.Engine}: {done:N0} / {count:N0} objects loaded[/]");
            next = done + step;
        });
        await using var memory = new PeakMemory();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await loader.LoadAuthoritiesAsync(organisationId, collection.Authorities, Actor.System, ct);
        var loaded = await loader.LoadObjectsAsync(organisationId, collection.Objects(count), Actor.System, progress, ct);
        result.LoadSeconds = started.Elapsed.TotalSeconds;
        result.LoadCpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        result.LoadAverage = Machine.LoadAverage();
        await memory.DisposeAsync();
        result.LoadPeakMb = memory.PeakMb;
        if (loaded.Loaded != count) result.Notes.Add($"loaded {loaded.Loaded:N0} of {count:N0} ({loaded.Skipped:N0} skipped)");
        await using var db = database.CreateContext();
        var stored = await db.Objects.CountAsync(o => o.OrganisationId == organisationId, ct);
        if (stored != count) result.Notes.Add($"{stored:N0} objects stored, expected {count:N0}");
    }

    private static Task<Latency> CreatesAsync(InProcessHost host, long organisationId, RealisticCollection collection, int count, CancellationToken ct)
    {
        var objects = collection.Objects(count + 10).ToList();
        var actor = new Actor(null, "bench");
        // A run of its own in the numbers, so a reused database takes the creates again.
        var run = Guid.NewGuid().ToString("N")[..6];
        return Latency.MeasureAsync(count, async i =>
        {
            var o = objects[i < 0 ? count - 1 - i : i];
            o.ObjectNumber = $"BENCH {run} " + (i < 0 ? "W" + (-i) : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await host.Records.CreateAsync(organisationId, o, actor, ct);
        });
    }

    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
