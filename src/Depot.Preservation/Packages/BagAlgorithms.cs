using System.Security.Cryptography;

namespace Depot.Preservation.Packages;

/// <summary>The checksum algorithms a bag's manifests may name (RFC 8493 §2.4: the lower-case name in <c>manifest-NAME.txt</c>).</summary>
internal static class BagAlgorithms
{
    /// <summary>The algorithms the validator can check, in order of preference.</summary>
    public static readonly string[] Known = ["sha512", "sha384", "sha256", "sha224", "sha1", "md5"];

    public static bool IsKnown(string name) => Known.Contains(name, StringComparer.Ordinal);

    /// <summary>A new incremental hash for the algorithm; SHA-224 is not in .NET, so a small managed one serves older bags.</summary>
    public static IBagHash Create(string name) => name switch
    {
        "md5" => new Incremental(IncrementalHash.CreateHash(HashAlgorithmName.MD5)),
        "sha1" => new Incremental(IncrementalHash.CreateHash(HashAlgorithmName.SHA1)),
        "sha224" => new Sha224(),
        "sha256" => new Incremental(IncrementalHash.CreateHash(HashAlgorithmName.SHA256)),
        "sha384" => new Incremental(IncrementalHash.CreateHash(HashAlgorithmName.SHA384)),
        "sha512" => new Incremental(IncrementalHash.CreateHash(HashAlgorithmName.SHA512)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown bag checksum algorithm."),
    };

    /// <summary>Hashes a whole stream with several algorithms in one read.</summary>
    public static async Task<Dictionary<string, string>> HashAsync(Stream content, IEnumerable<string> algorithms, CancellationToken ct)
    {
        var hashes = algorithms.Distinct().ToDictionary(a => a, Create);
        var block = new byte[128 * 1024];
        int read;
        while ((read = await content.ReadAsync(block, ct)) > 0)
            foreach (var h in hashes.Values) h.Append(block.AsSpan(0, read));
        return hashes.ToDictionary(h => h.Key, h => Convert.ToHexStringLower(h.Value.Finish()));
    }

    private sealed class Incremental(IncrementalHash hash) : IBagHash
    {
        public void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

        public byte[] Finish()
        {
            var result = hash.GetHashAndReset();
            hash.Dispose();
            return result;
        }
    }
}

/// <summary>An incremental checksum.</summary>
internal interface IBagHash
{
    void Append(ReadOnlySpan<byte> data);

    byte[] Finish();
}
