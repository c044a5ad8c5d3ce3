namespace Depot.Preservation.Packages;

/// <summary>
/// Validates a bag in a folder after RFC 8493 (and the 0.97 draft before it): the declaration, at
/// least one payload manifest, every payload file in every payload manifest exactly once, every
/// listed file present with the listed checksum, tag manifests likewise, and a Payload-Oxum that
/// matches. Every problem is reported, not just the first, each in Dutch and English.
/// </summary>
public static class BagValidator
{
    public static async Task<BagVerdict> ValidateAsync(string bagRoot, CancellationToken ct)
    {
        var problems = new List<PackageProblem>();
        var (version, encoding, declarationProblem) = BagDeclaration.Read(bagRoot);
        if (declarationProblem is not null || encoding is null)
            return new BagVerdict(version, [declarationProblem!], [], []);
        var decodePercent = Version.TryParse(version, out var v) && v >= new Version(1, 0);
        var info = BagInfo.Read(bagRoot, encoding, problems);
        var dataRoot = Path.Combine(bagRoot, "data");
        if (!Directory.Exists(dataRoot))
            problems.Add(new("no-payload", "De map data/ ontbreekt.", "The data/ folder is missing."));
        var onDisk = Directory.Exists(dataRoot) ? BagFiles.List(bagRoot, "data", problems) : [];

        var manifests = BagManifest.Find(bagRoot)
            .Where(m =>
            {
                if (BagAlgorithms.IsKnown(m.Algorithm)) return true;
                problems.Add(new("manifest-algorithm", $"{m.FileName}: algoritme {m.Algorithm} wordt niet ondersteund.", $"{m.FileName}: algorithm {m.Algorithm} is not supported."));
                return false;
            })
            .Select(m => BagManifest.Read(bagRoot, m.FileName, m.Algorithm, m.IsTag, encoding, decodePercent, problems))
            .ToList();
        var payloadManifests = manifests.Where(m => !m.IsTagManifest).ToList();
        if (payloadManifests.Count == 0)
            problems.Add(new("no-manifest", "Er is geen manifest-ALGORITME.txt.", "There is no manifest-ALGORITHM.txt."));

        var fetched = BagInfo.FetchedPaths(bagRoot, encoding);
        foreach (var manifest in payloadManifests)
        {
            foreach (var path in manifest.Entries.Keys.Where(p => !p.StartsWith("data/", StringComparison.Ordinal)))
                problems.Add(new("manifest-path", $"{manifest.FileName} noemt {path}, dat niet in data/ staat.", $"{manifest.FileName} lists {path}, which is not in data/."));
            foreach (var path in onDisk.Keys.Where(p => !manifest.Entries.ContainsKey(p)))
                problems.Add(new("not-in-manifest", $"{path} staat niet in {manifest.FileName}.", $"{path} is not listed in {manifest.FileName}."));
        }
        foreach (var manifest in manifests)
            foreach (var path in manifest.Entries.Keys.Where(p => !File.Exists(Path.Combine(bagRoot, p))))
                problems.Add(fetched.Contains(path)
                    ? new("fetch-missing", $"{path} ontbreekt (nog op te halen volgens fetch.txt).", $"{path} is missing (still to be fetched per fetch.txt).")
                    : new("file-missing", $"{path} uit {manifest.FileName} ontbreekt.", $"{path} from {manifest.FileName} is missing."));

        var payload = await BagFiles.VerifyAsync(bagRoot, onDisk, payloadManifests, problems, ct);
        await BagFiles.VerifyTagFilesAsync(bagRoot, manifests.Where(m => m.IsTagManifest).ToList(), problems, ct);
        BagInfo.CheckOxum(info, payload, problems);
        return new BagVerdict(version, problems, info, payload);
    }
}
