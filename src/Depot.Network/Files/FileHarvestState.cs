using System.Text.Json;
using Depot.Core.Network;
using Depot.Storage.Database;

namespace Depot.Network.Files;

/// <summary>
/// Where a file harvest stands (<see cref="HarvestSource.State"/>). After a complete pass: the file's
/// <paramref name="ETag"/> and <paramref name="Sha256"/>, so an unchanged file is not read again. During a pass:
/// the hash of the file being read, the records handed on so far (<paramref name="Position"/>) and when the
/// pass began (<paramref name="PassStartedAt"/>: records not seen since then are gone from the file), so a
/// stopped pass resumes after its last page when the file is still the same.
/// </summary>
internal sealed record FileHarvestState(string Format, string? ETag = null, string? Sha256 = null, bool Complete = false,
    long Position = 0, DateTimeOffset? PassStartedAt = null)
{
    public static FileHarvestState Read(HarvestSource source)
    {
        var fresh = new FileHarvestState(source.MetadataFormat);
        if (string.IsNullOrWhiteSpace(source.State)) return fresh;
        try
        {
            var saved = DepotJson.Deserialize<FileHarvestState>(source.State);
            return saved.Format == fresh.Format ? saved : fresh;
        }
        catch (JsonException)
        {
            // Another kind's state (the source's kind was changed): start over.
            return fresh;
        }
    }

    public string ToJson() => DepotJson.Serialize(this);

    /// <summary>The file read before ended its pass with this same content: there is nothing new.</summary>
    public bool Unchanged(string sha256) => Complete && Sha256 == sha256;

    /// <summary>A pass of this same file stopped part-way: resume it after <see cref="Position"/>.</summary>
    public bool Resumes(string sha256) => !Complete && Sha256 == sha256 && PassStartedAt is not null;
}
