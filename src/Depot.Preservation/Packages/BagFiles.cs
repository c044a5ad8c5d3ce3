namespace Depot.Preservation.Packages;

/// <summary>The files of a bag on disk, and checking them against the manifests in one read per file.</summary>
internal static class BagFiles
{
    /// <summary>Every regular file under <paramref name="folder"/> by bag-relative path; links are refused, never followed.</summary>
    public static Dictionary<string, FileInfo> List(string bagRoot, string folder, List<PackageProblem> problems)
    {
        var files = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        var root = new DirectoryInfo(Path.Combine(bagRoot, folder));
        foreach (var entry in root.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(bagRoot, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null)
                problems.Add(new("symlink", $"{relative} is een symbolische koppeling; die worden niet gevolgd.", $"{relative} is a symbolic link; links are not followed."));
            else if (entry is FileInfo file)
                files[relative] = file;
        }
        return files;
    }

    public static async Task<List<BagPayloadFile>> VerifyAsync(string bagRoot, Dictionary<string, FileInfo> onDisk,
        IReadOnlyList<BagManifest> manifests, List<PackageProblem> problems, CancellationToken ct)
    {
        var payload = new List<BagPayloadFile>(onDisk.Count);
        foreach (var (path, file) in onDisk.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var listed = manifests.Where(m => m.Entries.ContainsKey(path)).ToList();
            Dictionary<string, string> actual;
            await using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous))
                actual = await BagAlgorithms.HashAsync(stream, listed.Select(m => m.Algorithm), ct);
            foreach (var m in listed.Where(m => actual[m.Algorithm] != m.Entries[path]))
                problems.Add(Mismatch(m, path, actual[m.Algorithm]));
            payload.Add(new BagPayloadFile(path, file.Length, actual));
        }
        return payload;
    }

    public static async Task VerifyTagFilesAsync(string bagRoot, IReadOnlyList<BagManifest> tagManifests, List<PackageProblem> problems, CancellationToken ct)
    {
        foreach (var m in tagManifests)
            foreach (var (path, expected) in m.Entries)
            {
                var full = Path.Combine(bagRoot, path);
                if (!File.Exists(full)) continue;
                await using var stream = File.OpenRead(full);
                var actual = (await BagAlgorithms.HashAsync(stream, [m.Algorithm], ct))[m.Algorithm];
                if (actual != expected) problems.Add(Mismatch(m, path, actual));
            }
    }

    private static PackageProblem Mismatch(BagManifest m, string path, string actual) => new("checksum-mismatch",
        $"{path}: {m.Algorithm} is {actual}, {m.FileName} zegt {m.Entries[path]}.",
        $"{path}: {m.Algorithm} is {actual}, {m.FileName} says {m.Entries[path]}.");
}
