using System.Diagnostics;
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
    public static async Task RunAsync(string folder, int files, int workers, double opensslMbPerSecond)
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
        watch.Restart();
        var audit = await auditor.RunAsync(null, 1, null, null, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var rate = audit.BytesChecked / seconds / 1e6;
        var table = new Table().AddColumns("Fixity audit", "Value");
        table.AddRow("Copies checked (files × 2 replicas)", audit.ReplicasChecked.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Workers", (workers > 0 ? workers : Environment.ProcessorCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Wall time (s)", F(seconds, 1));
        table.AddRow("Read and hashed (MB/s)", F(rate, 0));
        table.AddRow("Ratio to single-stream openssl -sha256", F(rate / opensslMbPerSecond, 2) + "×  (target ≥ 1.5×)");
        table.AddRow($"Time for {files:N0} files, both copies (Archivematica ≈ 240 s for 10,000)", F(seconds, 1) + " s");
        table.AddRow("Failures found", audit.Failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
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
            foreach (var store in replicas.Stores)
                await store.PutAsync(sha, new MemoryStream(buffer, 0, length), length, CancellationToken.None);
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
