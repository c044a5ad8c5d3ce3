using Depot.Bench;
using Depot.Storage.Database;
using Npgsql;
using Spectre.Console;

// dotnet run -c Release --project bench/Depot.Bench -- --objects 100000 --engines sqlite,postgres [--postgres "Host=…"] [--out results.md]
if (args.Length > 0 && args[0] == ServeChild.Command)
{
    ServeChild.Run(args);
    return 0;
}
if (args.Length > 0 && args[0] == EngineProcess.Command) return await EngineProcess.ChildAsync(args);
if (args.Length > 0 && args[0] == Depot.Bench.Migration.ImportBench.Command) return await Depot.Bench.Migration.ImportBench.RunAsync(args);
if (args.Length > 0 && args[0] == Depot.Bench.Preservation.IiifImageBench.Command) return await Depot.Bench.Preservation.IiifImageBench.RunAsync(args);
if (args.Length > 0 && args[0] == Depot.Bench.OpenData.OpenDataBench.Command) return await Depot.Bench.OpenData.OpenDataBench.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == Depot.Bench.Preservation.HashingBench.Command) return await Depot.Bench.Preservation.HashingBench.RunAsync(args);
if (args.Length > 0 && args[0] == Depot.Bench.Formats.FormatsBench.Command) return Depot.Bench.Formats.FormatsBench.Run(args[1..]);
if (args.Length > 0 && args[0] == Depot.Bench.Harvest.HarvestBench.Command) return await Depot.Bench.Harvest.HarvestBench.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == Depot.Bench.Harvest.HarvestChild.Command) return await Depot.Bench.Harvest.HarvestChild.RunAsync(args);
if (args.Length > 0 && args[0] == Depot.Bench.Migration.MigrationParse.Command) return await Depot.Bench.Migration.MigrationParse.RunAsync(args[1..], CancellationToken.None);

var options = BenchOptions.Parse(args);
var machine = Machine.Describe();
var results = new List<EngineResult>();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var engines = options.Reuse is { } reused
    ? [DatabaseTarget.Parse(reused).Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres"]
    : options.Engines;
foreach (var engine in engines)
{
    var (target, cleanup) = options.Reuse is { } reuse ? (DatabaseTarget.Parse(reuse), () => Task.CompletedTask) : engine switch
    {
        "sqlite" => BenchDatabases.Sqlite(options),
        "postgres" when options.Postgres is null => (null, null),
        "postgres" => await BenchDatabases.PostgresAsync(options.Postgres, cancel.Token),
        _ => throw new ArgumentException($"Unknown engine {engine}: use sqlite and/or postgres."),
    };
    if (target is null)
    {
        AnsiConsole.MarkupLine("[yellow]PostgreSQL skipped: give --postgres \"Host=…\" or set DEPOT_BENCH_POSTGRES or DEPOT_TEST_POSTGRES.[/]");
        continue;
    }
    AnsiConsole.MarkupLine($"[bold]{engine}[/]: {Markup.Escape(target.ToString())}");
    try
    {
        results.Add(await EngineProcess.RunAsync(engine, target, options, cancel.Token));
    }
    finally
    {
        if (options.Keep || options.Reuse is not null)
            AnsiConsole.MarkupLine($"[yellow]Kept: {Markup.Escape(target.Engine == DatabaseEngine.Sqlite ? target.SqliteFile! : target.ConnectionString)}[/] (measure again with --reuse \"…\")");
        else
            await cleanup!();
    }
}

Report.Print(machine, results);
if (options.Out is { } path)
{
    var command = "dotnet run -c Release --project bench/Depot.Bench -- " + string.Join(' ', args.Select(a => a.Contains(' ') || a.Contains(';') ? $"\"{a}\"" : a));
    await File.WriteAllTextAsync(path, Report.Markdown(machine, command, results));
    AnsiConsole.MarkupLine($"Results written to {Markup.Escape(path)}");
}
return 0;

/// <summary>Fresh databases for one run, removed afterwards.</summary>
internal static class BenchDatabases
{
    public static (DatabaseTarget, Func<Task>) Sqlite(BenchOptions options)
    {
        var folder = options.Folder ?? Directory.CreateTempSubdirectory("depot-bench-").FullName;
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"bench-{Guid.NewGuid():N}.db");
        return (DatabaseTarget.Sqlite(file), () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in Directory.GetFiles(folder, Path.GetFileName(file) + "*")) File.Delete(f);
            return Task.CompletedTask;
        }
        );
    }

    public static async Task<(DatabaseTarget, Func<Task>)> PostgresAsync(string server, CancellationToken ct)
    {
        var name = "depot_bench_" + Guid.NewGuid().ToString("N")[..10];
        await Execute(server, $"CREATE DATABASE {name}", ct);
        var target = new DatabaseTarget(DatabaseEngine.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        return (target, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None);
        }
        );
    }

    private static async Task Execute(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
