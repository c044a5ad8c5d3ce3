using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Depot.Preservation.Formats;
using Spectre.Console;

namespace Depot.Bench.Formats;

/// <summary>
/// <c>dotnet run -c Release --project bench/Depot.Bench -- formats [--data ../shared/data] [--identifications 5000]</c>:
/// PRONOM identification of the skeleton sample on one thread — signature load time, files/s over at least
/// the given number of identifications (target ≥ 2,000/s), and agreement with the PUIDs in the file names
/// (target ≥ 95 %), listing every disagreement.
/// </summary>
internal static partial class FormatsBench
{
    public const string Command = "formats";

    public static int Run(string[] args)
    {
        var data = Path.GetFullPath(Arg(args, "--data") ?? Environment.GetEnvironmentVariable(SignatureSource.ReferenceDataVariable) ?? Path.Combine("..", "shared", "data"));
        var wanted = int.Parse(Arg(args, "--identifications") ?? "5000", CultureInfo.InvariantCulture);
        var sample = Path.Combine(data, "pronom", "skeleton-sample");
        if (!Directory.Exists(sample))
        {
            AnsiConsole.MarkupLine($"[red]No skeleton sample at {Markup.Escape(sample)}[/]: give --data or set {SignatureSource.ReferenceDataVariable}.");
            return 2;
        }
        // Files are read into memory first: the figure is identification, not the disk.
        var files = Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();

        var watch = Stopwatch.StartNew();
        var identifier = new PronomIdentifier(new SignatureSource("", "", [Path.Combine(data, "pronom")]));
        var version = identifier.SignatureVersion;
        var load = watch.Elapsed;

        var results = files.Select(f => identifier.Identify(new MemoryStream(f.Bytes), f.Name)).ToList();
        // Warm-up until the JIT's tiered recompilation has settled (at least 2 s of this thread's work, or 20 passes).
        var warm = Stopwatch.StartNew();
        for (var pass = 0; pass < 20 && warm.Elapsed < TimeSpan.FromSeconds(2); pass++)
            foreach (var (name, bytes) in files) identifier.Identify(new MemoryStream(bytes, writable: false), name);
        var passes = Math.Max(1, (wanted + files.Count - 1) / files.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        var ticksByBasis = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var pass = 0; pass < passes; pass++)
            for (var i = 0; i < files.Count; i++)
            {
                var before = Stopwatch.GetTimestamp();
                identifier.Identify(new MemoryStream(files[i].Bytes, writable: false), files[i].Name);
                ticksByBasis[results[i].Basis] = ticksByBasis.GetValueOrDefault(results[i].Basis) + Stopwatch.GetTimestamp() - before;
            }
        var elapsed = watch.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var count = passes * files.Count;

        var misses = files.Zip(results).Where(x => x.Second.Puid != Expected(x.First.Name))
            .Select(x => $"{x.First.Name}: expected {Expected(x.First.Name)}, got {(x.Second.Puid.Length > 0 ? x.Second.Puid : "nothing")} ({x.Second.Basis}; {string.Join("; ", x.Second.Warnings)})").ToList();
        var agreement = 100.0 * (files.Count - misses.Count) / files.Count;
        var rate = count / elapsed.TotalSeconds;

        AnsiConsole.MarkupLine($"Signatures: [bold]{Markup.Escape(version)}[/], loaded in {load.TotalMilliseconds:N0} ms");
        AnsiConsole.MarkupLine($"Load average: {Machine.LoadAverage()}; signatures matched against every file whatever its first bytes: {Ungated(identifier)}");
        AnsiConsole.MarkupLine($"Sample: {files.Count} files, {files.Sum(f => f.Bytes.Length) / 1024.0:N0} KB, {files.Average(f => f.Bytes.Length):N0} bytes on average");
        var table = new Table().AddColumns("Figure", "Value", "Target");
        table.AddRow("Identifications", count.ToString("N0", CultureInfo.InvariantCulture), "≥ 5,000");
        table.AddRow("Files/s (one thread)", rate.ToString("N0", CultureInfo.InvariantCulture), rate >= 2000 ? "[green]≥ 2,000[/]" : "[red]≥ 2,000[/]");
        table.AddRow("Files per CPU second", (count / cpuUsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture), "what one free core would do");
        table.AddRow("CPU time / wall time", (cpuUsed.TotalSeconds / elapsed.TotalSeconds).ToString("N2", CultureInfo.InvariantCulture), "≈ 1 (one core)");
        table.AddRow("Mean per file", (elapsed.TotalMilliseconds * 1000 / count).ToString("N0", CultureInfo.InvariantCulture) + " µs", "≤ 500 µs");
        table.AddRow("Agreement", agreement.ToString("N1", CultureInfo.InvariantCulture) + " %", agreement >= 95 ? "[green]≥ 95 %[/]" : "[red]≥ 95 %[/]");
        foreach (var basis in results.GroupBy(r => r.Basis).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow($"Basis {basis.Key}", $"{basis.Count()} files, {Stopwatch.GetElapsedTime(0, ticksByBasis[basis.Key]).TotalMilliseconds * 1000 / (passes * basis.Count()):N0} µs wall each", "");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(misses.Count == 0 ? "Disagreements: none." : $"Disagreements ({misses.Count}):");
        foreach (var miss in misses) AnsiConsole.WriteLine("  " + miss);
        return 0;
    }

    private static int Ungated(PronomIdentifier identifier) => identifier.Loaded.Signatures?.Index.Ungated ?? 0;

    private static string Expected(string fileName) =>
        PuidInName().Match(fileName) is { Success: true } m ? $"{m.Groups[1].Value}/{m.Groups[2].Value}" : "";

    [GeneratedRegex(@"^(x-fmt|fmt)-(\d+)-")]
    private static partial Regex PuidInName();

    private static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
