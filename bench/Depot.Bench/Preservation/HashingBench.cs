using System.Diagnostics;
using System.Globalization;
using Depot.Preservation.Hashing;
using Spectre.Console;

namespace Depot.Bench.Preservation;

/// <summary>
/// <c>dotnet run -c Release --project bench/Depot.Bench -- hashing [--size-mb 2048] [--files 10000] [--workers N] [--folder DIR] [--only fixity]</c>:
/// in one run, <c>openssl dgst -sha256</c> (and <c>-md5</c>) on one large file against the ingest's single pass over the same file,
/// then a fixity audit over many files of mixed sizes on two folder replicas against the single-stream openssl rate.
/// </summary>
internal static class HashingBench
{
    public const string Command = "hashing";

    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = int.Parse(Arg(args, "--size-mb") ?? "2048", CultureInfo.InvariantCulture);
        var files = int.Parse(Arg(args, "--files") ?? "10000", CultureInfo.InvariantCulture);
        var workers = int.Parse(Arg(args, "--workers") ?? "0", CultureInfo.InvariantCulture);
        var folder = Path.Combine(Arg(args, "--folder") ?? Path.GetTempPath(), "depot-hashing-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var big = Path.Combine(folder, "large.bin");
            await WriteRandomAsync(big, (long)sizeMb * 1024 * 1024);
            AnsiConsole.MarkupLine($"Large file: {sizeMb:N0} MB at {Markup.Escape(big)} (random bytes, read once to warm the page cache)");
            await WarmAsync(big);
            var bytes = new FileInfo(big).Length;

            double Rate(TimeSpan t) => bytes / t.TotalSeconds / 1e6;
            if (Arg(args, "--only") == "fixity")
            {
                // The large file stays only as openssl's reference for the audit.
                await FixityBench.RunAsync(folder, files, workers, () => Rate(Best(2, () => Openssl("-sha256", big))));
                return 0;
            }
            var openssl = Best(2, () => Openssl("-sha256", big));
            var opensslMd5 = Best(2, () => Openssl("-md5", big));
            var both = await BestAsync(2, () => HashAsync(big, null, md5: true));
            var shaOnly = await BestAsync(2, () => HashAsync(big, null, md5: false));
            var temp = Path.Combine(folder, "ingest.part");
            var ingest = await BestAsync(2, () => HashAsync(big, temp, md5: false));
            File.Delete(temp);
            var ingestMd5 = await BestAsync(1, () => HashAsync(big, temp, md5: true));
            File.Delete(temp);

            var table = new Table().AddColumns("One large file", "Seconds", "MB/s", "% of openssl -sha256");
            void Row(string what, TimeSpan t) => table.AddRow(what, F(t.TotalSeconds, 2), F(Rate(t), 0), F(100 * openssl.TotalSeconds / t.TotalSeconds, 0) + " %");
            Row("openssl dgst -sha256", openssl);
            Row("openssl dgst -md5", opensslMd5);
            Row("Depot single pass: SHA-256 + MD5 (two threads)", both);
            Row("Depot single pass: SHA-256 only", shaOnly);
            Row("Depot ingest pass: SHA-256 + temporary file (what the ingest does)", ingest);
            Row("Depot ingest pass with a client's MD5 to verify: SHA-256 + MD5 + temporary file", ingestMd5);
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"SHA-256 + MD5 against [bold]openssl dgst -md5[/] (MD5 is the slower hash here): {F(100 * opensslMd5.TotalSeconds / both.TotalSeconds, 0)} %");
            AnsiConsole.MarkupLine($"Load average: {Markup.Escape(LoadAverage())}");

            // The audit is compared with openssl measured right before and after it: on a shared machine the rate of one moment says little about another.
            await FixityBench.RunAsync(folder, files, workers, () => Rate(Best(2, () => Openssl("-sha256", big))));
            File.Delete(big);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static async Task WriteRandomAsync(string path, long length)
    {
        var block = new byte[1 << 20];
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 0);
        for (long written = 0; written < length; written += block.Length)
        {
            Random.Shared.NextBytes(block);
            await file.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, length - written)));
        }
    }

    private static async Task WarmAsync(string path)
    {
        await using var read = File.OpenRead(path);
        await read.CopyToAsync(Stream.Null, 1 << 20);
    }

    private static async Task<TimeSpan> HashAsync(string path, string? destination, bool md5)
    {
        await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using var target = destination is null ? null : new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
        var watch = Stopwatch.StartNew();
        await HashingCopy.CopyAsync(source, target, long.MaxValue, CancellationToken.None, md5);
        return watch.Elapsed;
    }

    private static TimeSpan Openssl(string digest, string path)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("openssl", ["dgst", digest, path]) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("openssl did not start");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return watch.Elapsed;
    }

    private static TimeSpan Best(int runs, Func<TimeSpan> run) => Enumerable.Range(0, runs).Select(_ => run()).Min();

    private static async Task<TimeSpan> BestAsync(int runs, Func<Task<TimeSpan>> run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++) best = TimeSpan.FromTicks(Math.Min(best.Ticks, (await run()).Ticks));
        return best;
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static string F(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
