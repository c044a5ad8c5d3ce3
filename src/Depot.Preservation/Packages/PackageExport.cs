using System.Text;
using Depot.Interchange.Exporting;
using Depot.Interchange.Sources;
using Depot.Preservation.Premis;
using Depot.Preservation.Replicas;
using Depot.Storage.Search;

namespace Depot.Preservation.Packages;

/// <summary>The packages Depot writes.</summary>
public enum PackageFormat
{
    /// <summary>A BagIt bag: per object its LIDO record, its files and a PREMIS document per file.</summary>
    BagIt,

    /// <summary>An E-ARK SIP (CSIP METS, Dublin Core, PREMIS) inside a BagIt bag, as meemoo takes it in.</summary>
    EarkSip,
}

/// <summary>What a package holds.</summary>
public sealed record PackageSummary(long Objects, long Files, long PayloadBytes);

/// <summary>
/// Writes a selection of objects with their depot files and metadata as a zipped bag, streaming:
/// objects come a page at a time, each file's bytes are copied once from the replicas into the zip
/// while they are hashed, and a file whose bytes no longer match its SHA-256 stops the export
/// instead of travelling on corrupt.
/// </summary>
public sealed partial class PackageExport(ObjectSources sources, PremisFiles premis, IContentReader content, TimeProvider clock)
{
    private const int Batch = 100;

    public Task<long> CountAsync(long organisationId, ObjectScope scope, CancellationToken ct) => sources.CountAsync(organisationId, scope, ct);

    public async Task<PackageSummary> WriteAsync(long organisationId, ObjectScope scope, PackageFormat format, Stream output, string bagName,
        Func<long, long, CancellationToken, Task>? progress, CancellationToken ct)
    {
        var organisation = await sources.OrganisationNameAsync(organisationId, ct);
        var total = await sources.CountAsync(organisationId, scope, ct);
        var now = clock.GetUtcNow();
        var state = new ExportState(format, organisation, bagName, now);
        await using (var bag = BagWriter.ToZip(output, bagName))
        {
            var batch = new List<SourceRecord>(Batch);
            await foreach (var record in sources.ReadAsync(organisationId, scope, ct))
            {
                batch.Add(record);
                if (batch.Count < Batch) continue;
                await WriteBatchAsync(bag, state, organisationId, batch, ct);
                if (progress is not null) await progress(state.Objects, Math.Max(total, state.Objects), ct);
            }
            await WriteBatchAsync(bag, state, organisationId, batch, ct);
            if (format == PackageFormat.EarkSip)
                await bag.AddPayloadAsync("METS.xml", true, s => s.WriteAsync(SipMets.Write(bagName, organisation, state.Sip, now), ct).AsTask(), ct);
            await bag.AddTagFileAsync(DepotFileList.Name, state.FileList.ToString(), ct);
            await bag.CompleteAsync(
            [
                new("Source-Organization", organisation),
                new("External-Identifier", bagName),
                new("External-Description", format == PackageFormat.EarkSip
                    ? $"E-ARK SIP (CSIP, meemoo) of {state.Objects} objects with {state.Files} files"
                    : $"{state.Objects} objects with {state.Files} files, LIDO 1.1 and PREMIS 3"),
                new("Bag-Software-Agent", $"Depot {PremisVocabulary.SoftwareVersion}"),
                new("Bag-Count", "1 of 1"),
            ], now, ct);
        }
        if (progress is not null) await progress(state.Objects, state.Objects, ct);
        return new PackageSummary(state.Objects, state.Files, state.Bytes);
    }

    private async Task WriteBatchAsync(BagWriter bag, ExportState state, long organisationId, List<SourceRecord> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        var ids = batch.Select(r => long.Parse(r.SourceId, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var files = (await premis.ForObjectsAsync(organisationId, ids, ct)).ToLookup(f => f.File.ObjectId!.Value);
        foreach (var (record, id) in batch.Zip(ids))
        {
            state.Objects++;
            if (state.Format == PackageFormat.BagIt) await WriteBagItObjectAsync(bag, state, record, [.. files[id]], ct);
            else await WriteSipObjectAsync(bag, state, record, [.. files[id]], ct);
        }
        batch.Clear();
    }

    /// <summary>Copies a file's bytes into the bag and checks them against the SHA-256 the depot holds.</summary>
    private async Task<(Dictionary<string, string> Sums, long Length)> CopyFileAsync(BagWriter bag, ExportState state, string path, PremisFile file, string objectNumber, CancellationToken ct)
    {
        var written = await bag.AddPayloadAsync(path, compress: false, async target =>
        {
            await using var source = await content.OpenReadAsync(file.File.Sha256, ct);
            await source.CopyToAsync(target, 128 * 1024, ct);
        }, ct);
        if (written.Sums["sha256"] != file.File.Sha256)
            throw new InvalidDataException($"The bytes read for file {file.File.Id} ({file.File.FileName}) do not match its SHA-256 {file.File.Sha256}; the package was not finished.");
        state.Files++;
        state.Bytes += written.Length;
        state.FileList.Append(DepotFileList.Line("data/" + path, objectNumber));
        return written;
    }

    private sealed class ExportState(PackageFormat format, string organisation, string bagName, DateTimeOffset now)
    {
        public DateTimeOffset Now { get; } = now;
        public PackageFormat Format { get; } = format;
        public string Organisation { get; } = organisation;
        public string BagName { get; } = bagName;
        public long Objects { get; set; }
        public long Files { get; set; }
        public long Bytes { get; set; }
        public StringBuilder FileList { get; } = new();
        public List<SipEntry> Sip { get; } = [];
        public HashSet<string> Folders { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
