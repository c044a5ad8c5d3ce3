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

    /// <summary>
    /// The same readers, with every LIDO record also checked against the LIDO XSD in
    /// <paramref name="lidoSchemas"/> (the folder holding lido-v1.1.xsd and its imports), so a record
    /// that fails the schema is refused; without a folder, the same as <see cref="Create"/>. The
    /// schemas are loaded offline for each LIDO reader, so no schema object is shared between imports.
    /// </summary>
    public static Func<SourceFormat, CsvMapping?, ISourceReader> WithLidoSchemas(string? lidoSchemas)
    {
        if (string.IsNullOrWhiteSpace(lidoSchemas)) return Create;
        if (!File.Exists(Path.Combine(lidoSchemas, LidoSchemas.Version11)))
            throw new DirectoryNotFoundException($"The LIDO schema folder {lidoSchemas} holds no {LidoSchemas.Version11}.");
        return (format, mapping) => format == SourceFormat.Lido ? new LidoReader(LidoSchemas.Load(lidoSchemas)) : Create(format, mapping);
    }
}
