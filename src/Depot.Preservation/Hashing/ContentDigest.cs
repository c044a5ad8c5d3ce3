namespace Depot.Preservation.Hashing;

/// <summary>The checksums of a content, both computed in the one pass that stores it (lower-case hex).</summary>
public sealed record ContentDigest(string Sha256, string Md5, long Length);
