using System.Diagnostics;
using System.Globalization;
using Depot.Bench.OpenData;
using Depot.Storage.Database;
using Depot.Web.Hosting;
using Spectre.Console;

namespace Depot.Bench.Harvest;

/// <summary>
/// <c>dotnet run -c Release --project bench/Depot.Bench -- harvest --objects 100000 [--folder DIR] [--reuse SOURCE.db]</c>:
/// issue 8's target. Loads N public objects into one Depot (the open-data bench's load), serves it on a
/// loopback port, and harvests its LDES in a child process (<see cref="HarvestChild"/>) into a second
/// database through the app's own harvester and sink — so the child's peak memory is the harvest's alone.
/// </summary>
internal static class HarvestBench
{
    public const string Command = "harvest";

    public static async Task<int> RunAsync(string[] args)
    {
        int objects = 100_000;
        string? folder = null, reuse = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--objects": objects = int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--folder": folder = Value(); break;
                case "--reuse": reuse = Value(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Use --objects, --folder, --reuse.");
            }
        }
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var ct = cancel.Token;
        folder ??= Directory.CreateTempSubdirectory("depot-harvest-bench-").FullName;
        Directory.CreateDirectory(folder);

        var source = reuse is null ? DatabaseTarget.Sqlite(Path.Combine(folder, "source.db")) : DatabaseTarget.Parse(reuse);
        var database = new DepotDatabase(source);
        var load = new OpenDataResult { Engine = "sqlite" };
        await OpenDataLoad.PrepareAsync(database, new OpenDataOptions { Objects = objects, PublicPercent = 100, Reuse = reuse }, load, ct);
        await OpenDataLoad.ProjectAsync(database, load, ct);
        AnsiConsole.MarkupLine($"Source: {load.PublicObjects:N0} public objects in {Markup.Escape(source.SqliteFile ?? "")}");

        var url = $"http://127.0.0.1:{InProcessHost.FreePort()}";
        var app = DepotWebApp.Create(["--Logging:LogLevel:Default=Warning", "--Depot:Publishing:RateLimitPermits=1000000000", $"--Depot:Publishing:BaseUri={url}"],
            new DepotHostOptions { Database = source, Urls = url, MigrateOnStart = false, Demo = false, RunJobs = false });
        await app.StartAsync(ct);
        try
        {
            var start = EngineProcess.SelfStart(HarvestChild.Command, $"{url}/ldes/{EngineBench.OrganisationSlug}", Path.Combine(folder, "target.db"));
            using var child = Process.Start(start)!;
            await child.WaitForExitAsync(ct);
            AnsiConsole.MarkupLine($"Load average {Machine.LoadAverage()}");
            AnsiConsole.MarkupLine($"Kept in {Markup.Escape(folder)} (source.db: harvest again with --reuse)");
            return child.ExitCode;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }
}
