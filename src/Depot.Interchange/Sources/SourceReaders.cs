using Depot.Interchange.Csv;

namespace Depot.Interchange.Sources;

/// <summary>The reader for each source format: the factory the import runner is given.</summary>
public static class SourceReaders
{
    /// <summary>Formats with a reader in this build.</summary>
    public static IReadOnlyList<SourceFormat> Available { get; } = [];

    public static ISourceReader Create(SourceFormat format, CsvMapping? mapping) => format switch
    {
        _ => throw new NotSupportedException($"Depot has no reader for {format} files in this build."),
    };
}
