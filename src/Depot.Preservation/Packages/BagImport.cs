using Depot.Preservation.Ingest;
using Depot.Storage.Records;

namespace Depot.Preservation.Packages;

/// <summary>What an import took in: files ingested, already-present ones, refusals, and the bag's verdict.</summary>
public sealed record BagImportResult(int Ingested, int Duplicates, IReadOnlyList<PackageProblem> Refused, BagVerdict Verdict);

/// <summary>
/// Imports a zipped bag: unpacks it safely into the work folder, validates it, and only when it is
/// valid ingests its payload through <see cref="IFileIngest"/>, each file with the checksums its
/// manifests give (so the ingest verifies them again). A bag Depot wrote names each file's object
/// in <c>depot-files.txt</c>; from other bags every payload file is taken and the ingest looks for
/// an object number in the name. The unpacked copy is removed afterwards, whatever happened.
/// </summary>
public sealed class BagImport(IFileIngest ingest, PreservationPaths paths, PreservationOptions options)
{
    public async Task<BagImportResult> ImportAsync(long organisationId, string zipPath, Actor actor,
        Func<long, long, CancellationToken, Task>? progress, CancellationToken ct)
    {
        var staging = Path.Combine(paths.WorkDirectory, "packages", "import-" + Guid.NewGuid().ToString("N"));
        try
        {
            await SafeUnzip.ExtractAsync(zipPath, staging, options.MaxUnpackedBytes, options.MaxCompressionRatio, ct);
            var bagRoot = FindBagRoot(staging) ?? throw new PackageRefusedException(new("no-bag",
                "In het zip-bestand staat geen bagit.txt (bovenaan of in één map): het is geen BagIt-bag.",
                "The zip holds no bagit.txt (at the top or in one folder): it is not a BagIt bag."));
            var verdict = await BagValidator.ValidateAsync(bagRoot, ct);
            if (!verdict.IsValid) return new BagImportResult(0, 0, [], verdict);
            var links = DepotFileList.Read(bagRoot);
            var files = links is null ? verdict.Payload : [.. verdict.Payload.Where(p => links.ContainsKey(p.Path))];
            int ingested = 0, duplicates = 0, done = 0;
            var refused = new List<PackageProblem>();
            foreach (var file in files)
            {
                var request = new IngestRequest(
                    FileName: Path.GetFileName(file.Path),
                    ObjectNumber: links?.GetValueOrDefault(file.Path) is { Length: > 0 } number ? number : null,
                    ExpectedSha256: file.Checksums.GetValueOrDefault("sha256"),
                    ExpectedMd5: file.Checksums.GetValueOrDefault("md5"),
                    OriginalPath: file.Path["data/".Length..]);
                await using (var content = new FileStream(Path.Combine(bagRoot, file.Path), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous))
                {
                    var result = await ingest.IngestAsync(organisationId, request, content, actor, ct);
                    if (result.Refusal is { } r) refused.Add(new PackageProblem(r.Code, $"{file.Path}: {r.MessageNl}", $"{file.Path}: {r.MessageEn}"));
                    else if (result.Duplicate) duplicates++;
                    else ingested++;
                }
                if (progress is not null) await progress(++done, files.Count, ct);
            }
            return new BagImportResult(ingested, duplicates, refused, verdict);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static string? FindBagRoot(string folder)
    {
        if (File.Exists(Path.Combine(folder, "bagit.txt"))) return folder;
        var entries = Directory.GetFileSystemEntries(folder);
        return entries.Length == 1 && Directory.Exists(entries[0]) && File.Exists(Path.Combine(entries[0], "bagit.txt")) ? entries[0] : null;
    }
}

/// <summary><c>depot-files.txt</c>, a tag file of Depot's bags: each depot file's payload path and its object's number, tab-separated.</summary>
internal static class DepotFileList
{
    public const string Name = "depot-files.txt";

    public static Dictionary<string, string>? Read(string bagRoot)
    {
        var path = Path.Combine(bagRoot, Name);
        if (!File.Exists(path)) return null;
        return BagText.ReadLines(path, System.Text.Encoding.UTF8)
            .Select(l => l.Split('\t'))
            .Where(p => p.Length == 2 && p[0].StartsWith("data/", StringComparison.Ordinal))
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
    }

    public static string Line(string payloadPath, string objectNumber) =>
        $"{payloadPath}\t{objectNumber.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')}\n";
}
