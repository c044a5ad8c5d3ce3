using System.Diagnostics;
using System.Text.Json;

namespace Depot.Bench.OpenData;

/// <summary>What autocannon measured: mean requests/s and latency percentiles (whole milliseconds: autocannon's resolution).</summary>
internal sealed record LoadRun(string Url, double RequestsPerSecond, long Total, long Non2xx, long Errors, double P50, double P90, double P97_5, double P99);

/// <summary>
/// A real HTTP load generator, autocannon (Node, from <c>tests/validators/node_modules</c>), run as
/// its own process for a bounded time against a loopback address.
/// </summary>
internal static class Autocannon
{
    private const string Script = "tests/validators/node_modules/autocannon/autocannon.js";

    /// <summary>The script, looked for from the current folder upwards (the bench runs from the repository or below it); null when absent.</summary>
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, Script))) return Path.Combine(folder.FullName, Script);
        return null;
    }

    public static async Task<LoadRun> RunAsync(string script, string url, int connections, int seconds, CancellationToken ct)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { script, "--json", "-c", connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-d", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), url })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"autocannon failed ({process.ExitCode}): {await error}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var latency = root.GetProperty("latency");
        return new LoadRun(url,
            root.GetProperty("requests").GetProperty("average").GetDouble(),
            root.GetProperty("requests").GetProperty("total").GetInt64(),
            root.GetProperty("non2xx").GetInt64(),
            root.GetProperty("errors").GetInt64(),
            latency.GetProperty("p50").GetDouble(), latency.GetProperty("p90").GetDouble(),
            latency.GetProperty("p97_5").GetDouble(), latency.GetProperty("p99").GetDouble());
    }
}
