using Depot.Storage.Database;
using Spectre.Console;

namespace Depot.Bench.OpenData;

/// <summary>
/// <c>dotnet run -c Release --project bench/Depot.Bench -- open-data --objects 100000 --engine sqlite [--keep | --reuse DB] [--out results.md]</c>:
/// issue 5's targets. Loads objects (most public), times the publication projector's catch-up,
/// then starts the real web host on a loopback port and measures a full LDES walk, full OAI-PMH
/// harvests, public object page and JSON-LD latency (uncached and cached) and throughput under autocannon.
/// </summary>
internal static class OpenDataBench
{
    public const string Command = "open-data";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = OpenDataOptions.Parse(args);
        var machine = Machine.Describe();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        var ct = cancel.Token;

        var (target, cleanup) = options.Reuse is { } reuse ? (DatabaseTarget.Parse(reuse), () => Task.CompletedTask) : options.Engine switch
        {
            "sqlite" => BenchDatabases.Sqlite(new BenchOptions { Folder = options.Folder }),
            "postgres" when options.Postgres is { } server => await BenchDatabases.PostgresAsync(server, ct),
            "postgres" => throw new ArgumentException("PostgreSQL needs --postgres \"Host=…\" or DEPOT_BENCH_POSTGRES / DEPOT_TEST_POSTGRES."),
            _ => throw new ArgumentException($"Unknown engine {options.Engine}: use sqlite or postgres."),
        };
        var engine = target.Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres";
        AnsiConsole.MarkupLine($"[bold]{engine}[/]: {Markup.Escape(target.ToString())}");
        var result = new OpenDataResult { Engine = engine };
        try
        {
            var database = new DepotDatabase(target);
            var organisationId = await OpenDataLoad.PrepareAsync(database, options, result, ct);
            await OpenDataLoad.ProjectAsync(database, result, ct);
            await using var host = await OpenDataHost.StartAsync(target, ct);
            await OpenDataMeasures.RunAsync(host, database, organisationId, options, result, ct);
        }
        finally
        {
            if (options.Keep || options.Reuse is not null)
                AnsiConsole.MarkupLine($"[yellow]Kept: {Markup.Escape(target.Engine == DatabaseEngine.Sqlite ? target.SqliteFile! : target.ConnectionString)}[/] (measure again with open-data --reuse \"…\")");
            else
                await cleanup();
        }

        OpenDataReport.Print(machine, result);
        if (options.Out is { } path)
        {
            var command = "dotnet run -c Release --project bench/Depot.Bench -- " + Command + " " + string.Join(' ', args.Select(a => a.Contains(' ') || a.Contains(';') ? $"\"{a}\"" : a));
            await File.WriteAllTextAsync(path, OpenDataReport.Markdown(machine, command, result), CancellationToken.None);
            AnsiConsole.MarkupLine($"Results written to {Markup.Escape(path)}");
        }
        return 0;
    }
}
