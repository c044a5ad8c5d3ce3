namespace Depot.Interchange.Sources;

/// <summary>The file formats Depot imports.</summary>
public enum SourceFormat
{
    Lido,
    Adlib,
    Csv,
    Xlsx,
}
