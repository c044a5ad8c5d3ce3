using System.Security.Cryptography;
using System.Text;
using Depot.Core.Network;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Storage.Database;
using Depot.Storage.Importing.Mappings;
using Depot.Storage.Jobs;

namespace Depot.Network.Files;

/// <summary>
/// Harvests a LIDO or CSV file at a URL, a whole snapshot each time: downloads it (bounded) to a temporary
/// file, stops at once when its ETag or SHA-256 is that of the last complete pass, else hands its records on
/// in pages (the position saved with each, so a stopped pass resumes after its last page) and at the end
/// withdraws the records of the source the file no longer holds.
/// </summary>
internal sealed class FileHarvester(HarvestHttp http, ImportMappingStore mappings, TimeProvider clock) : IHarvester
{
    public HarvestSourceKind Kind => HarvestSourceKind.FileUrl;

    /// <summary>Records per page (one transaction of the sink each).</summary>
    internal int PageSize { get; init; } = 500;

    public async Task HarvestAsync(HarvestSource source, IHarvestSink sink, IJobProgress progress, CancellationToken ct)
    {
        var (reader, accept) = await FileRecordReaders.ForAsync(source, mappings, ct);
        var state = FileHarvestState.Read(source);
        await using var file = await DownloadedFile.FetchAsync(http, source.Url, accept, state.Complete ? state.ETag : null, ct);
        if (file.NotModified || state.Unchanged(file.Sha256))
        {
            await progress.ReportAsync(0, 0, "Het bestand is niet gewijzigd sinds de vorige oogst.", ct);
            return;
        }
        var resumes = state.Resumes(file.Sha256);
        var pass = new FileHarvestState(state.Format, file.ETag, file.Sha256, false,
            resumes ? state.Position : 0, resumes ? state.PassStartedAt : clock.GetUtcNow());
        var page = new List<HarvestItem>(PageSize);
        var position = pass.Position;
        try
        {
            await foreach (var record in reader.ReadAsync(file.Open(), file.Url, pass.Position, ct))
            {
                page.Add(new HarvestUpsert(Identifier(record), Version(record), record));
                position = record.Position;
                if (page.Count < PageSize) continue;
                await WriteAsync(sink, source, file, page, pass with { Position = position }, progress, ct);
            }
            if (page.Count > 0) await WriteAsync(sink, source, file, page, pass with { Position = position }, progress, ct);
        }
        catch (SourceFormatException e)
        {
            throw new HarvestFailedException(file.Url, e.Describe(dutch: true), e.Describe(dutch: false), e);
        }
        var done = pass with { Complete = true, Position = 0, PassStartedAt = null };
        var withdrawn = await sink.WithdrawNotSeenSinceAsync(source, pass.PassStartedAt!.Value, done.ToJson(), ct);
        await progress.ReportAsync(position, position, $"{position} records gelezen, {withdrawn} niet meer in het bestand", ct);
    }

    private static async Task WriteAsync(IHarvestSink sink, HarvestSource source, DownloadedFile file, List<HarvestItem> page,
        FileHarvestState next, IJobProgress progress, CancellationToken ct)
    {
        await sink.WriteAsync(source, new HarvestPage(file.Url, [.. page], next.ToJson()), ct);
        page.Clear();
        await progress.ReportAsync(next.Position, null, $"{next.Position} records gelezen", ct);
    }

    /// <summary>The record's id in the file (lidoRecID, the CSV's object number); by position when it has none, so it still gets a refusal of its own.</summary>
    private static string Identifier(SourceRecord record) =>
        record.SourceId.Length > 0 ? record.SourceId
        : record.Object.ObjectNumber.Length > 0 ? record.Object.ObjectNumber
        : "#" + record.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A file has no versions of its own: the version is a hash of what the record says.</summary>
    private static string Version(SourceRecord record)
    {
        var json = DepotJson.Serialize(record with { Position = 0, Line = null });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)).AsSpan(0, 16));
    }
}
