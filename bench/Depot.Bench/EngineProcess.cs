using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Depot.Storage.Database;

namespace Depot.Bench;

/// <summary>
/// Runs one engine's measurements in a process of its own, so the memory one engine's load
/// leaves behind does not count against the next.
/// </summary>
internal static class EngineProcess
{
    public const string Command = "engine-child";

    public static async Task<EngineResult> RunAsync(string engine, DatabaseTarget target, BenchOptions options, CancellationToken ct)
    {
        var output = Path.GetTempFileName();
        var start = SelfStart(Command, engine, target.Engine == DatabaseEngine.Sqlite ? target.SqliteFile! : target.ConnectionString, output,
            N(options.Objects), N(options.Creates), N(options.Searches), N(options.PageViews), options.Reuse is null ? "load" : "reuse");
        using var child = Process.Start(start)!;
        try
        {
            await child.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }
        if (child.ExitCode != 0) throw new InvalidOperationException($"The {engine} measurements failed (exit code {child.ExitCode}); see the output above.");
        var result = JsonSerializer.Deserialize<EngineResult>(await File.ReadAllTextAsync(output, ct))!;
        File.Delete(output);
        return result;
    }

    /// <summary>The child's side: <c>engine-child engine database output objects creates searches page-views load|reuse</c>.</summary>
    public static async Task<int> ChildAsync(string[] args)
    {
        var options = new BenchOptions
        {
            Objects = int.Parse(args[4], CultureInfo.InvariantCulture),
            Creates = int.Parse(args[5], CultureInfo.InvariantCulture),
            Searches = int.Parse(args[6], CultureInfo.InvariantCulture),
            PageViews = int.Parse(args[7], CultureInfo.InvariantCulture),
            Reuse = args[8] == "reuse" ? args[2] : null,
        };
        var result = await EngineBench.RunAsync(args[1], DatabaseTarget.Parse(args[2]), options, CancellationToken.None);
        await File.WriteAllTextAsync(args[3], JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Starts this program again with other arguments (through <c>dotnet</c> when it runs as a dll).</summary>
    public static ProcessStartInfo SelfStart(params string[] args)
    {
        var start = new ProcessStartInfo { UseShellExecute = false };
        var self = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        start.FileName = self;
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
