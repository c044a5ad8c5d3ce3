using Depot.Preservation.Ingest;
using Depot.Preservation.Linking;
using Depot.Storage.Records;

namespace Depot.Cli.Commands.Ingest;

/// <summary>Ingests the files of a folder one after another, keeping the tallies the summary shows.</summary>
internal sealed class FolderIngest(IFileIngest ingest, long organisationId, IngestManifest? manifest)
{
    private static readonly Actor Cli = new(null, "depot ingest");

    public int Ingested { get; private set; }
    public int Duplicates { get; private set; }
    public int Linked { get; private set; }
    public int Unlinked { get; private set; }
    public List<(string Path, IngestRefusal Refusal)> Refused { get; } = [];

    /// <summary>Manifest rows whose object number matched no object (the file went in unlinked).</summary>
    public List<(string Path, string ObjectNumber)> UnknownNumbers { get; } = [];

    /// <summary>False when cancelled: the file in hand is rolled back by ingest, the ones before it stay.</summary>
    public async Task<bool> RunAsync(IReadOnlyList<FolderFile> files, Action<long> bytesRead, Action<int> filesDone, CancellationToken ct)
    {
        var done = 0;
        foreach (var file in files)
        {
            var number = manifest?.NumberFor(file.RelativePath);
            try
            {
                await using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1024 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
                await using var counted = new ProgressStream(stream, bytesRead);
                var result = await ingest.IngestAsync(organisationId,
                    new IngestRequest(Path.GetFileName(file.RelativePath), ObjectNumber: number, OriginalPath: file.RelativePath), counted, Cli, ct);
                Tally(file, number, result);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (IOException e)
            {
                // A file that vanished or cannot be read is reported; the rest of the folder goes on.
                Refused.Add((file.RelativePath, new IngestRefusal("unreadable", "Onleesbaar: " + e.Message, "Unreadable: " + e.Message)));
            }
            filesDone(++done);
        }
        return true;
    }

    private void Tally(FolderFile file, string? number, IngestResult result)
    {
        if (result.Refusal is { } refusal || result.File is null)
        {
            Refused.Add((file.RelativePath, result.Refusal ?? new IngestRefusal("unknown", "Geweigerd.", "Refused.")));
            return;
        }
        if (result.Duplicate) Duplicates++;
        else Ingested++;
        if (result.File.ObjectId is null)
        {
            Unlinked++;
            if (number is not null) UnknownNumbers.Add((file.RelativePath, number));
        }
        else Linked++;
    }
}
