namespace Depot.Preservation.Hashing;

/// <summary>The checksums of a content computed in the one pass that stores it (lower-case hex); <c>Md5</c> is empty when the pass left it out.</summary>
public sealed record ContentDigest(string Sha256, string Md5, long Length);
