using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Depot.Core.Organisations;
using Depot.Core.Preservation;
using Depot.Preservation;
using Depot.Preservation.Fixity;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Spectre.Console;
using static Depot.Bench.Preservation.HashingBench;

namespace Depot.Bench.Preservation;

/// <summary>
/// A fixity audit over many files of mixed sizes (60 % 4–64 KB, 30 % 64–256 KB, 9 % 0.25–2 MB, 1 % 2–10 MB;
/// about 230 KB on average) on two folder replicas, unthrottled, on a SQLite database: MB/s and its ratio to
/// the single-stream openssl rate, and the wall time for all files.
/// </summary>
internal static class FixityBench
{
    public static async Task RunAsync(string folder, int files, int workers, Func<double> opensslMbPerSecond)
    {
        var database = new DepotDatabase(DatabaseTarget.Sqlite(Path.Combine(folder, "depot.db")));
        await database.MigrateAsync(CancellationToken.None);
        var options = new PreservationOptions
        {
            WorkDirectory = Path.Combine(folder, "work"),
            Replicas = [new() { Name = "local-a", Path = Path.Combine(folder, "replica-a") }, new() { Name = "local-b", Path = Path.Combine(folder, "replica-b") }],
            FixityMaxMegabytesPerSecond = 0,
            FixityWorkers = workers,
        };
        using var replicas = new ReplicaSet(new PreservationPaths(options, database.Target));
        var watch = Stopwatch.StartNew();
        var total = await SeedAsync(database, replicas, files);
        AnsiConsole.MarkupLine($"Fixity corpus: {files:N0} files, {F(total / 1e6, 0)} MB per replica, two folder replicas, written in {F(watch.Elapsed.TotalSeconds, 1)} s");

        var auditor = new FixityAuditor(database, replicas, options, TimeProvider.System);
        var before = opensslMbPerSecond();
        var load = LoadAverage();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        watch.Restart();
        var audit = await auditor.RunAsync(null, 1, null, null, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var after = opensslMbPerSecond();
        var openssl = (before + after) / 2;
        var rate = audit.BytesChecked / seconds / 1e6;
        var table = new Table().AddColumns("Fixity audit", "Value");
        table.AddRow("Copies checked (files × 2 replicas)", audit.ReplicasChecked.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("Workers", (workers > 0 ? workers : Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture));
        table.AddRow("Wall time (s)", F(seconds, 1));
        table.AddRow("CPU time of the process (s), CPU/wall", $"{F(cpuSeconds, 1)}, {F(cpuSeconds / seconds, 2)}");
        table.AddRow("Read and hashed (MB/s)", F(rate, 0));
        table.AddRow("openssl dgst -sha256 right before / after (MB/s)", $"{F(before, 0)} / {F(after, 0)}");
        table.AddRow("Ratio to single-stream openssl -sha256", F(rate / openssl, 2) + "×  (target ≥ 1.5×)");
        table.AddRow($"Time for {files:N0} files, both copies (Archivematica ≈ 240 s for 10,000)", F(seconds, 1) + " s");
        table.AddRow("Failures found", audit.Failures.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Load average at the start", load);
        AnsiConsole.Write(table);
        await ThrottledAsync(database, replicas, options);
    }

    /// <summary>An audit of a quarter of the copies with a read-rate ceiling: the rate it keeps must not pass the ceiling.</summary>
    private static async Task ThrottledAsync(DepotDatabase database, ReplicaSet replicas, PreservationOptions unthrottled)
    {
        const int ceiling = 300;
        var options = new PreservationOptions
        {
            WorkDirectory = unthrottled.WorkDirectory,
            Replicas = unthrottled.Replicas,
            FixityMaxMegabytesPerSecond = ceiling,
            FixityWorkers = unthrottled.FixityWorkers,
        };
        var watch = Stopwatch.StartNew();
        var audit = await new FixityAuditor(database, replicas, options, TimeProvider.System).RunAsync(null, 4, null, null, CancellationToken.None);
        var rate = audit.BytesChecked / watch.Elapsed.TotalSeconds / 1e6;
        AnsiConsole.MarkupLine($"Throttled audit (FixityMaxMegabytesPerSecond = {ceiling}): {audit.ReplicasChecked:N0} copies, {F(audit.BytesChecked / 1e6, 0)} MB in {F(watch.Elapsed.TotalSeconds, 1)} s = {F(rate, 0)} MB/s ({(rate <= ceiling * 1.02 ? "held" : "[red]above the ceiling[/]")})");
    }

    private static int Size(Random random) => random.Next(100) switch
    {
        < 60 => random.Next(4 << 10, 64 << 10),
        < 90 => random.Next(64 << 10, 256 << 10),
        < 99 => random.Next(256 << 10, 2 << 20),
        _ => random.Next(2 << 20, 10 << 20),
    };

    private static async Task<long> SeedAsync(DepotDatabase database, ReplicaSet replicas, int files)
    {
        var random = new Random(6);
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = "fixity-bench", Name = "Fixity bench", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        var buffer = new byte[10 << 20];
        long total = 0;
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < files; i++)
        {
            var length = Size(random);
            random.NextBytes(buffer.AsSpan(0, length));
            var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
            // Straight into the folders, without the store's flush to disk per copy: the bench measures the audit, not the seeding.
            foreach (var store in replicas.Stores.Cast<FolderReplicaStore>())
            {
                Directory.CreateDirectory(Path.GetDirectoryName(store.PathOf(sha))!);
                await File.WriteAllBytesAsync(store.PathOf(sha), buffer.AsMemory(0, length));
            }
            db.StoredContents.Add(new StoredContent { Sha256 = sha, ByteLength = length, StoredAt = now });
            foreach (var store in replicas.Stores)
                db.ContentReplicas.Add(new ContentReplica { Sha256 = sha, Store = store.Name, CreatedAt = now });
            db.DigitalFiles.Add(new DigitalFile { OrganisationId = org.Id, FileName = $"file-{i}.bin", Sha256 = sha, ByteLength = length, IngestedAt = now, IngestedBy = "bench" });
            total += length;
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        return total;
    }
}
