using System.Diagnostics;
using System.Globalization;
using System.Xml;
using Depot.Interchange.Lido;
using Spectre.Console;

namespace Depot.Bench.Migration;

/// <summary>
/// <c>migration-parse [--records 100000] [--file corpus.xml] [--keep]</c>: generates the LIDO corpus
/// (or reuses --file when it exists) and measures the floor an import is compared with — an
/// <see cref="XmlReader"/> reading every node — next to <see cref="LidoReader"/> mapping every record.
/// </summary>
internal static class MigrationParse
{
    public const string Command = "migration-parse";

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var records = 100_000;
        string? file = null;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--records": records = int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--file": file = Value(); break;
                case "--keep": keep = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Use --records, --file, --keep.");
            }
        }
        var path = file ?? Path.Combine(Path.GetTempPath(), $"depot-lido-corpus-{records}.xml");
        try
        {
            if (!File.Exists(path))
            {
                var generate = Stopwatch.StartNew();
                var size = await LidoCorpus.WriteAsync(path, records, progress: new Progress<int>(n => AnsiConsole.MarkupLine($"  generated {n:N0}")), ct: ct);
                AnsiConsole.MarkupLine($"Corpus: {records:N0} records, {size / 1_048_576.0:N1} MB in {generate.Elapsed.TotalSeconds:N1} s → {Markup.Escape(path)}");
            }
            var (parsed, parseTime) = ParseOnly(path);
            var (trees, treeTime) = TreesOnly(path);
            var (mapped, mapTime) = MapAll(path, ct);
            var table = new Table().AddColumns("Measurement", "Records", "Seconds", "Records/s");
            table.AddRow("XmlReader, every node (parse floor)", parsed.ToString("N0", CultureInfo.InvariantCulture), parseTime.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture), Rate(parsed, parseTime));
            table.AddRow("XmlReader + one XElement per record", trees.ToString("N0", CultureInfo.InvariantCulture), treeTime.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture), Rate(trees, treeTime));
            table.AddRow("LidoReader, mapped to source records", mapped.ToString("N0", CultureInfo.InvariantCulture), mapTime.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture), Rate(mapped, mapTime));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"File {new FileInfo(path).Length / 1_048_576.0:N1} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:N0} MB; mapping runs at {mapped / mapTime.TotalSeconds / (parsed / parseTime.TotalSeconds):P0} of the parse floor.");
            return 0;
        }
        finally
        {
            if (!keep && file is null) File.Delete(path);
        }
    }

    internal static (long Records, TimeSpan Time) ParseOnly(string path)
    {
        var watch = Stopwatch.StartNew();
        long records = 0, chars = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "lido" && xml.NamespaceURI == "http://www.lido-schema.org") records++;
            else if (xml.NodeType == XmlNodeType.Text) chars += xml.Value.Length;
        }
        GC.KeepAlive(chars);
        return (records, watch.Elapsed);
    }

    private static (long Records, TimeSpan Time) TreesOnly(string path)
    {
        var watch = Stopwatch.StartNew();
        long records = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        xml.MoveToContent();
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "lido")
            {
                if (System.Xml.Linq.XNode.ReadFrom(xml) is System.Xml.Linq.XElement) records++;
            }
            else xml.Read();
        }
        return (records, watch.Elapsed);
    }

    internal static (long Records, TimeSpan Time) MapAll(string path, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        long records = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        foreach (var record in new LidoReader().Read(stream, Path.GetFileName(path), 0, ct))
            if (record.Object.ObjectNumber.Length > 0) records++;
        return (records, watch.Elapsed);
    }

    private static string Rate(long records, TimeSpan time) => (records / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);
}
