using System.Globalization;
using System.Text;

namespace Depot.Preservation.Packages;

/// <summary><c>bag-info.txt</c> (labels may repeat, continuation lines start with white space) and <c>fetch.txt</c>.</summary>
internal static class BagInfo
{
    public static List<KeyValuePair<string, string>> Read(string bagRoot, Encoding encoding, List<PackageProblem> problems)
    {
        var path = Path.Combine(bagRoot, "bag-info.txt");
        var entries = new List<KeyValuePair<string, string>>();
        if (!File.Exists(path)) return entries;
        foreach (var line in BagText.ReadLines(path, encoding))
        {
            if (line.Length == 0) continue;
            if ((line[0] == ' ' || line[0] == '\t') && entries.Count > 0)
            {
                entries[^1] = new(entries[^1].Key, entries[^1].Value + " " + line.Trim());
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add(new("bag-info-syntax", $"bag-info.txt: regel zonder 'label: waarde': {line}", $"bag-info.txt: line without 'label: value': {line}"));
                continue;
            }
            entries.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return entries;
    }

    /// <summary>Payload-Oxum ("octets.count"), when present, must match the payload on disk.</summary>
    public static void CheckOxum(IReadOnlyList<KeyValuePair<string, string>> info, IReadOnlyList<BagPayloadFile> payload, List<PackageProblem> problems)
    {
        var oxum = info.FirstOrDefault(e => e.Key.Equals("Payload-Oxum", StringComparison.OrdinalIgnoreCase)).Value;
        if (oxum is null) return;
        var parts = oxum.Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var octets)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            problems.Add(new("oxum-syntax", $"Payload-Oxum '{oxum}' is niet 'bytes.aantal'.", $"Payload-Oxum '{oxum}' is not 'octets.count'."));
            return;
        }
        var actualOctets = payload.Sum(p => p.Length);
        if (octets != actualOctets || count != payload.Count)
            problems.Add(new("oxum-mismatch", $"Payload-Oxum zegt {octets}.{count}, de payload is {actualOctets}.{payload.Count}.",
                $"Payload-Oxum says {octets}.{count}, the payload is {actualOctets}.{payload.Count}."));
    }

    /// <summary>The paths <c>fetch.txt</c> promises (URL LENGTH PATH); a listed file that is absent is then "to be fetched", still not valid.</summary>
    public static HashSet<string> FetchedPaths(string bagRoot, Encoding encoding)
    {
        var path = Path.Combine(bagRoot, "fetch.txt");
        if (!File.Exists(path)) return [];
        return [.. BagText.ReadLines(path, encoding)
            .Select(l => l.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 3)
            .Select(p => p[2])];
    }
}
