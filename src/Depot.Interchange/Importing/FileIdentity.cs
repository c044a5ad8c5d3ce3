using System.Security.Cryptography;

namespace Depot.Interchange.Importing;

/// <summary>
/// Names a file well enough to resume its import: name, size and a hash of its first and last
/// megabyte. Reading two megabytes is instant even for a 2 GB file, and a changed file (another
/// export, an edited record at either end, another size) is a new run.
/// </summary>
internal static class FileIdentity
{
    private const int Edge = 1 << 20;

    public static async Task<string> ComputeAsync(string path, string fileName, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        var length = file.Length;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[Edge];
        sha.AppendData(buffer, 0, await ReadAsync(file, buffer, ct));
        if (length > Edge)
        {
            file.Seek(Math.Max(Edge, length - Edge), SeekOrigin.Begin);
            sha.AppendData(buffer, 0, await ReadAsync(file, buffer, ct));
        }
        var name = fileName.Length <= 100 ? fileName : fileName[..100];
        return $"{name}|{length}|{Convert.ToHexStringLower(sha.GetHashAndReset())[..32]}";
    }

    private static async Task<int> ReadAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct)) > 0) total += read;
        return total;
    }
}
