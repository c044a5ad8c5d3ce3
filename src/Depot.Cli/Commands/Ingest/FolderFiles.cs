namespace Depot.Cli.Commands.Ingest;

/// <summary>One file found under the ingest folder: where it is, its path relative to the folder (forward slashes), its size.</summary>
internal sealed record FolderFile(string FullPath, string RelativePath, long Length);

internal static class FolderFiles
{
    /// <summary>
    /// Every regular file under <paramref name="root"/>, in a stable (ordinal) order, skipping hidden files
    /// and folders (a leading dot or the hidden attribute) such as <c>.DS_Store</c> and <c>.git</c>; links
    /// are not followed, so a link loop cannot make the walk endless.
    /// </summary>
    public static IReadOnlyList<FolderFile> List(string root)
    {
        var files = new List<FolderFile>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", options))
        {
            var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
            files.Add(new FolderFile(info.FullName, relative, info.Length));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }
}
