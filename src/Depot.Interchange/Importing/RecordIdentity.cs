using System.Security.Cryptography;
using System.Text.Json;
using Depot.Interchange.Sources;
using Depot.Storage.Database;

namespace Depot.Interchange.Importing;

/// <summary>How an import knows a record again: its source key and a hash of its content.</summary>
internal static class RecordIdentity
{
    /// <summary>"lido:BE-KMSKA-1234" from the record's own id; "number:0001" when the source gives none.</summary>
    public static string Key(SourceFormat format, SourceRecord record)
    {
        var key = record.SourceId.Trim().Length > 0
            ? format.ToString().ToLowerInvariant() + ":" + record.SourceId.Trim()
            : "number:" + record.Object.ObjectNumber.Trim();
        return key.Length <= 400 ? key : "sha:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>
    /// The first 16 bytes of SHA-256 over the mapped record (its fields and kept fields, not its
    /// position or line): equal hashes mean an unchanged record, compared without touching the object.
    /// </summary>
    public static string Hash(SourceRecord record)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new Hashed(record.Object, record.Kept), DepotJson.Options);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private sealed record Hashed(SourceObject Object, IReadOnlyList<KeptField> Kept);
}
