using Depot.Core.Network;

namespace Depot.Network.Sources;

/// <summary>What a person fills in to register or change a source; the harvester's bookkeeping is not part of it.</summary>
/// <param name="Name">What people call it on the sources page.</param>
/// <param name="Kind">LDES stream, OAI-PMH endpoint or a file at a URL.</param>
/// <param name="Url">The stream, base URL or file; absolute http(s), no user name or password in it.</param>
/// <param name="MetadataFormat">OAI-PMH: lido, edm or oai_dc. File: lido or csv. LDES: empty.</param>
/// <param name="SetSpec">OAI-PMH set; empty for the whole repository.</param>
/// <param name="CsvMappingId">CSV files: a saved column mapping of the same organisation.</param>
/// <param name="IntervalMinutes">Time between scheduled harvests.</param>
/// <param name="Enabled">False: the schedule leaves it alone (a harvest can still be started by hand).</param>
public sealed record SourceInput(
    string Name,
    HarvestSourceKind Kind,
    string Url,
    string MetadataFormat = "",
    string SetSpec = "",
    long? CsvMappingId = null,
    int IntervalMinutes = 24 * 60,
    bool Enabled = true)
{
    public static SourceInput From(HarvestSource source) => new(source.Name, source.Kind, source.Url, source.MetadataFormat,
        source.SetSpec, source.CsvMappingId, source.IntervalMinutes, source.Enabled);

    /// <summary>Trimmed, the format in lower case, and the fields that do not apply to the kind emptied.</summary>
    public SourceInput Normalised() => this with
    {
        Name = (Name ?? "").Trim(),
        Url = (Url ?? "").Trim(),
        MetadataFormat = Kind == HarvestSourceKind.Ldes ? "" : (MetadataFormat ?? "").Trim().ToLowerInvariant(),
        SetSpec = Kind == HarvestSourceKind.OaiPmh ? (SetSpec ?? "").Trim() : "",
        CsvMappingId = Kind == HarvestSourceKind.FileUrl && string.Equals((MetadataFormat ?? "").Trim(), "csv", StringComparison.OrdinalIgnoreCase) ? CsvMappingId : null,
    };

    /// <summary>The kind from its API / command-line name: <c>ldes</c>, <c>oai-pmh</c> (or <c>oai</c>), <c>file</c>.</summary>
    public static HarvestSourceKind? ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "ldes" => HarvestSourceKind.Ldes,
        "oai-pmh" or "oai" or "oaipmh" => HarvestSourceKind.OaiPmh,
        "file" or "fileurl" or "file-url" => HarvestSourceKind.FileUrl,
        _ => null,
    };

    public static string KindName(HarvestSourceKind kind) => kind switch
    {
        HarvestSourceKind.Ldes => "ldes",
        HarvestSourceKind.OaiPmh => "oai-pmh",
        HarvestSourceKind.FileUrl => "file",
        _ => kind.ToString(),
    };
}
