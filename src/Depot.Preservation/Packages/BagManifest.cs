using System.Text;
using System.Text.RegularExpressions;

namespace Depot.Preservation.Packages;

/// <summary>
/// One manifest or tag manifest (RFC 8493 §2.1.3, §2.2.1): lines of <c>CHECKSUM whitespace PATH</c>.
/// From version 1.0 on, CR, LF and % in a path are percent-encoded; 0.97 paths are taken literally
/// (its suite has a file really named <c>%7Etest1.txt</c>). A leading <c>./</c> is tolerated.
/// </summary>
internal sealed partial record BagManifest(string FileName, string Algorithm, bool IsTagManifest, IReadOnlyDictionary<string, string> Entries)
{
    public static IEnumerable<(string FileName, string Algorithm, bool IsTag)> Find(string bagRoot) =>
        Directory.EnumerateFiles(bagRoot)
            .Select(Path.GetFileName)
            .Select(name => (Name: name!, Match: ManifestName().Match(name!)))
            .Where(m => m.Match.Success)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (m.Name, m.Match.Groups[2].Value, m.Match.Groups[1].Value == "tag"));

    public static BagManifest Read(string bagRoot, string fileName, string algorithm, bool isTag, Encoding encoding, bool decodePercent, List<PackageProblem> problems)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var expectedLength = algorithm switch { "md5" => 32, "sha1" => 40, "sha224" => 56, "sha256" => 64, "sha384" => 96, "sha512" => 128, _ => 0 };
        var number = 0;
        foreach (var line in BagText.ReadLines(Path.Combine(bagRoot, fileName), encoding))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            var match = ManifestLine().Match(line);
            if (!match.Success)
            {
                problems.Add(new("manifest-syntax", $"{fileName}, regel {number}: geen 'checksum pad'.", $"{fileName}, line {number}: not 'checksum path'."));
                continue;
            }
            var checksum = match.Groups[1].Value.ToLowerInvariant();
            var path = match.Groups[2].Value;
            if (decodePercent) path = path.Replace("%0A", "\n", StringComparison.OrdinalIgnoreCase).Replace("%0D", "\r", StringComparison.OrdinalIgnoreCase).Replace("%25", "%", StringComparison.Ordinal);
            if (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
            if (BagPaths.Unsafe(path))
            {
                problems.Add(new("manifest-path", $"{fileName} noemt een pad buiten de bag: {path}", $"{fileName} names a path outside the bag: {path}"));
                continue;
            }
            if (expectedLength > 0 && (checksum.Length != expectedLength || !checksum.All(Uri.IsHexDigit)))
                problems.Add(new("manifest-checksum", $"{fileName}: '{checksum}' is geen {algorithm}-checksum ({path}).", $"{fileName}: '{checksum}' is not a {algorithm} checksum ({path})."));
            if (!entries.TryAdd(path, checksum))
                problems.Add(new("manifest-duplicate", $"{fileName} noemt {path} meer dan eens.", $"{fileName} lists {path} more than once."));
        }
        return new BagManifest(fileName, algorithm, isTag, entries);
    }

    [GeneratedRegex(@"^(tag)?manifest-([a-z0-9]+)\.txt$")]
    private static partial Regex ManifestName();

    [GeneratedRegex(@"^([0-9A-Fa-f]+)[ \t]+(\S.*)$")]
    private static partial Regex ManifestLine();
}

/// <summary>Paths inside a package: relative, forward slashes, never climbing out.</summary>
internal static class BagPaths
{
    public static bool Unsafe(string path) =>
        path.Length == 0 || path.StartsWith('/') || path.StartsWith('\\') || path.Contains('\0', StringComparison.Ordinal)
        || (path.Length > 1 && path[1] == ':')
        || path.Split('/', '\\').Any(segment => segment == "..");
}
