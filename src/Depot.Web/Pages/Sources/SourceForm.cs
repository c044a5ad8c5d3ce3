using Depot.Core.Network;
using Depot.Network.Sources;

namespace Depot.Web.Pages.Sources;

/// <summary>The add / edit form of a source as the browser posts it.</summary>
public sealed class SourceForm
{
    public string Name { get; set; } = "";
    public HarvestSourceKind Kind { get; set; } = HarvestSourceKind.Ldes;
    public string Url { get; set; } = "";
    public string? MetadataFormat { get; set; }
    public string? SetSpec { get; set; }
    public long? CsvMappingId { get; set; }
    public int IntervalMinutes { get; set; } = 24 * 60;
    public bool Enabled { get; set; } = true;

    /// <summary>The version the edit is based on (hidden field), for optimistic concurrency.</summary>
    public int Version { get; set; }

    public SourceInput ToInput() => new(Name ?? "", Kind, Url ?? "", MetadataFormat ?? "", SetSpec ?? "", CsvMappingId, IntervalMinutes, Enabled);

    public static SourceForm From(HarvestSource s) => new()
    {
        Name = s.Name,
        Kind = s.Kind,
        Url = s.Url,
        MetadataFormat = s.MetadataFormat,
        SetSpec = s.SetSpec,
        CsvMappingId = s.CsvMappingId,
        IntervalMinutes = s.IntervalMinutes,
        Enabled = s.Enabled,
        Version = s.Version,
    };
}
