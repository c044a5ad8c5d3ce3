using System.Diagnostics;
using System.Globalization;
using System.Xml;
using Depot.Core.Organisations;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Spectre.Console;

namespace Depot.Bench.Migration;

/// <summary>
/// <c>dotnet run -c Release --project bench/Depot.Bench -- import --records 1000000 [--engines sqlite,postgres] [--postgres "Host=…"] [--batch-size 5000]</c>:
/// generates a LIDO corpus, measures the parse-only rates (plain <see cref="XmlReader"/> and the LIDO reader), then per engine
/// the import with search index (records/s, ratio to the XmlReader rate, peak working set) and the re-import of the unchanged file.
/// </summary>
internal static class ImportBench
{
    public const string Command = "import";

    public static async Task<int> RunAsync(string[] args)
    {
        var records = int.Parse(Arg(args, "--records") ?? "100000", CultureInfo.InvariantCulture);
        var batch = int.Parse(Arg(args, "--batch-size") ?? ImportOptions.DefaultBatchSize.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var engines = (Arg(args, "--engines") ?? "sqlite,postgres").Split(',');
        var postgres = Arg(args, "--postgres") ?? Environment.GetEnvironmentVariable("DEPOT_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("DEPOT_TEST_POSTGRES");
        var folder = Directory.CreateTempSubdirectory("depot-import-bench-").FullName;
        var file = Path.Combine(folder, "corpus.xml");
        var watch = Stopwatch.StartNew();
        var size = await LidoCorpus.WriteAsync(file, records);
        AnsiConsole.MarkupLine($"Corpus: {records:N0} LIDO records, {size / 1048576.0:N0} MB, written in {watch.Elapsed.TotalSeconds:N1} s");

        var (parsed, parseTime) = MigrationParse.ParseOnly(file);
        var (mapped, mapTime) = MigrationParse.MapAll(file, CancellationToken.None);
        var xmlRate = parsed / parseTime.TotalSeconds;
        var lidoRate = mapped / mapTime.TotalSeconds;
        var table = new Table().AddColumns("Engine", "Import (s)", "Records/s", "% of XmlReader rate", "Peak working set (MB)", "Re-import (s)", "Created", "Unchanged");
        foreach (var engine in engines)
        {
            var (target, cleanup) = engine == "sqlite" ? BenchDatabases.Sqlite(new BenchOptions { Folder = folder })
                : postgres is null ? (null, null) : await BenchDatabases.PostgresAsync(postgres, CancellationToken.None);
            if (target is null)
            {
                AnsiConsole.MarkupLine("[yellow]PostgreSQL skipped: give --postgres \"Host=…\".[/]");
                continue;
            }
            try
            {
                var database = new DepotDatabase(target);
                await database.MigrateAsync(CancellationToken.None);
                var org = await OrganisationAsync(database);
                var runner = new ImportRunner(database, new RecordStore(database, TimeProvider.System), TimeProvider.System, SourceReaders.Create, new ImportOptions(batch));
                var request = new ImportRequest(SourceFormat.Lido, file, "corpus.xml", DryRun: false);
                using var peak = new PeakMemory();
                var first = await runner.RunAsync(org, request, Actor.System, NoImportReport.Instance, null, CancellationToken.None);
                var peakMb = peak.PeakBytes / 1048576.0;
                var again = await runner.RunAsync(org, request, Actor.System, NoImportReport.Instance, null, CancellationToken.None);
                var rate = first.Records / first.Elapsed.TotalSeconds;
                table.AddRow(engine, F(first.Elapsed.TotalSeconds), F(rate, "N0"), F(100 * rate / xmlRate, "N0") + " %", F(peakMb, "N0"),
                    F(again.Elapsed.TotalSeconds), F(first.Created, "N0"), F(again.Unchanged, "N0"));
            }
            finally
            {
                await cleanup!();
            }
        }
        AnsiConsole.MarkupLine($"Parse only: XmlReader {xmlRate:N0} records/s, LIDO reader (mapping to source records) {lidoRate:N0} records/s");
        AnsiConsole.Write(table);
        File.Delete(file);
        return 0;
    }

    private static async Task<long> OrganisationAsync(DepotDatabase database)
    {
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = "bench-import", Name = "Benchmuseum", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        return org.Id;
    }

    private static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static string F(double value, string format = "N1") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Samples the process's working set every 100 ms: the peak of one phase, not of the whole process.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly Timer timer;
        private long peak;

        public PeakMemory() => timer = new Timer(_ => Sample(), null, 0, 100);

        public long PeakBytes
        {
            get
            {
                Sample();
                return Interlocked.Read(ref peak);
            }
        }

        private void Sample()
        {
            using var self = Process.GetCurrentProcess();
            var now = self.WorkingSet64;
            long seen;
            while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen) { }
        }

        public void Dispose() => timer.Dispose();
    }
}
