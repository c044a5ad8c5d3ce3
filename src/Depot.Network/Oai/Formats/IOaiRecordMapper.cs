using Depot.Interchange.Sources;

namespace Depot.Network.Oai.Formats;

/// <summary>Maps the metadata of one harvested OAI-PMH record (in one metadata format) to a <see cref="SourceRecord"/>.</summary>
internal interface IOaiRecordMapper
{
    /// <summary>The <c>metadataPrefix</c> asked for: <c>lido</c>, <c>edm</c> or <c>oai_dc</c>.</summary>
    string Prefix { get; }

    /// <summary>The record as Depot reads it; metadata it cannot read becomes a record with an Error issue, which the sink refuses and counts.</summary>
    SourceRecord Map(OaiRecord record, long position);
}

internal static class OaiRecordMappers
{
    public static IReadOnlyList<string> Prefixes { get; } = ["lido", "edm", "oai_dc"];

    public static IOaiRecordMapper? For(string prefix) => prefix switch
    {
        "lido" => new OaiLidoMapper(),
        "edm" => new OaiEdmMapper(),
        "oai_dc" => new OaiDcMapper(),
        _ => null,
    };

    /// <summary>A record whose metadata cannot be used: no object, one Error issue naming why.</summary>
    public static SourceRecord Unreadable(OaiRecord record, long position, string nl, string en) =>
        new(record.Header.Identifier, position, null, new SourceObject(), [],
            [new SourceIssue(IssueSeverity.Error, "metadata", $"{record.Header.Identifier}: {nl}", $"{record.Header.Identifier}: {en}")]);
}
