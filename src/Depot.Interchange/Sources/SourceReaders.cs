using Depot.Interchange.Adlib;
using Depot.Interchange.Csv;
using Depot.Interchange.Lido;

namespace Depot.Interchange.Sources;

/// <summary>The reader for each source format: the factory the import runner is given.</summary>
public static class SourceReaders
{
    /// <summary>Formats with a reader in this build.</summary>
    public static IReadOnlyList<SourceFormat> Available { get; } = [SourceFormat.Lido, SourceFormat.Adlib, SourceFormat.Csv, SourceFormat.Xlsx];

    /// <summary>CSV and XLSX need a column mapping; without one every column is kept verbatim and nothing maps.</summary>
    public static ISourceReader Create(SourceFormat format, CsvMapping? mapping) => format switch
    {
        SourceFormat.Lido => new LidoReader(),
        SourceFormat.Adlib => new AdlibReader(),
        SourceFormat.Csv => new CsvReader(mapping ?? new CsvMapping([])),
        SourceFormat.Xlsx => new XlsxReader(mapping ?? new CsvMapping([])),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown source format."),
    };
}
