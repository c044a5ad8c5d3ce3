using System.Runtime.CompilerServices;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Csv;
using Depot.Interchange.Sources;

namespace Depot.Web.Tests.Importing;

/// <summary>
/// A plain CSV reader (no quoted fields) for the web tests while the real CSV reader is being built on its own
/// branch: mapped columns fill the fields the tests use, every other non-empty cell is kept verbatim by its header.
/// </summary>
internal sealed class TestCsvReader(CsvMapping? mapping) : ISourceReader
{
    public SourceFormat Format => SourceFormat.Csv;

    public static Func<SourceFormat, CsvMapping?, ISourceReader> Factory => (format, mapping) => format == SourceFormat.Csv
        ? new TestCsvReader(mapping)
        : throw new NotSupportedException($"The web tests read only CSV, not {format}.");

    public async IAsyncEnumerable<SourceRecord> ReadAsync(Stream source, string fileName, long skip, [EnumeratorCancellation] CancellationToken ct)
    {
        var delimiter = mapping?.Delimiter is { Length: > 0 } d ? d : ";";
        var separator = mapping?.RepeatSeparator is { Length: > 0 } s ? s : "|";
        using var reader = new StreamReader(source, leaveOpen: true);
        var header = (await reader.ReadLineAsync(ct) ?? throw new SourceFormatException(fileName, 1, null, null, "Leeg bestand.", "Empty file.")).Split(delimiter);
        var fields = header.Select(h => mapping?.Columns.FirstOrDefault(c => c.Column == h)?.Field).ToArray();
        long position = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0) continue;
            position++;
            if (position <= skip) continue;
            var cells = line.Split(delimiter);
            var o = new SourceObject();
            var kept = new List<KeptField>();
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                var value = cells[i].Trim();
                if (value.Length == 0) continue;
                o = fields[i] switch
                {
                    "objectNumber" => o with { ObjectNumber = value },
                    "title" => o with { Titles = [.. o.Titles, .. value.Split(separator).Select(t => new Title(t.Trim()))] },
                    "objectName" => o with { ObjectName = new SourceTerm(value, "nl") },
                    "material" => o with { Materials = [.. value.Split(separator).Select(m => new SourceTerm(m.Trim(), "nl"))] },
                    "description" => o with { ShortDescription = value },
                    _ => o,
                };
                if (fields[i] is null) kept.Add(new KeptField(header[i], value));
            }
            yield return new SourceRecord(o.ObjectNumber, position, (int)position + 1, o, kept, []);
        }
    }
}
