using Depot.Interchange.Adlib;
using Depot.Interchange.Csv;
using Depot.Interchange.Lido;

namespace Depot.Interchange.Sources;

/// <summary>The reader for each source format: the factory the import runner is given.</summary>
public static class SourceReaders
{
    /// <summary>Formats with a reader in this build.</summary>
    public static IReadOnlyList<SourceFormat> Available { get; } = [SourceFormat.Lido, SourceFormat.Adlib];

    /// <exception cref="NotSupportedException">No reader for <paramref name="format"/> in this build.</exception>
    public static ISourceReader Create(SourceFormat format, CsvMapping? mapping) => format switch
    {
        SourceFormat.Lido => new LidoReader(),
        SourceFormat.Adlib => new AdlibReader(),
        _ => throw new NotSupportedException($"Depot has no reader for {format} files in this build."),
    };
}
