using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Preservation.Premis;

namespace Depot.Preservation.Packages;

// Where an object's metadata and files go in each kind of package.
public sealed partial class PackageExport
{
    /// <summary>BagIt: <c>data/objects/NUMBER/</c> with <c>lido.xml</c>, <c>files/NAME</c> and <c>premis/NAME.xml</c>.</summary>
    private async Task WriteBagItObjectAsync(BagWriter bag, ExportState state, SourceRecord record, IReadOnlyList<PremisFile> files, CancellationToken ct)
    {
        var folder = "objects/" + UniqueFolder(state, record);
        await bag.AddPayloadAsync(folder + "/lido.xml", true, async s =>
        {
            await using var lido = new LidoWriter(s, new LidoWriterOptions(state.Organisation));
            await lido.WriteAsync(record, ct);
            await lido.CompleteAsync(ct);
        }, ct);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = UniqueName(names, file);
            await CopyFileAsync(bag, state, $"{folder}/files/{name}", file, record.Object.ObjectNumber, ct);
            await bag.AddPayloadAsync($"{folder}/premis/{name}.xml", true, s => PremisWriter.WriteAsync(s, [file], ct), ct);
        }
    }

    /// <summary>E-ARK SIP: <c>metadata/descriptive/dc-N.xml</c>, and for an object with files <c>representations/representation_N/</c> with its data and PREMIS.</summary>
    private async Task WriteSipObjectAsync(BagWriter bag, ExportState state, SourceRecord record, IReadOnlyList<PremisFile> files, CancellationToken ct)
    {
        var n = (int)state.Objects;
        var dc = DublinCoreWriter.Write(record.Object, state.Organisation);
        var dcPath = $"metadata/descriptive/dc-{n}.xml";
        var (dcSums, dcLength) = await bag.AddPayloadAsync(dcPath, true, s => s.WriteAsync(dc, ct).AsTask(), ct);
        state.Sip.Add(new SipEntry(SipEntryKind.Descriptive, n, dcPath, dcLength, dcSums["sha256"], "text/xml"));
        if (files.Count == 0) return;
        var representation = $"representations/representation_{n}";
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var data = new List<SipEntry>();
        foreach (var file in files)
        {
            var inside = $"data/{UniqueName(names, file)}";
            var (sums, length) = await CopyFileAsync(bag, state, $"{representation}/{inside}", file, record.Object.ObjectNumber, ct);
            data.Add(new SipEntry(SipEntryKind.Content, n, inside, length, sums["sha256"], file.File.MediaType));
        }
        const string premisInside = "metadata/preservation/premis.xml";
        var (premisSums, premisLength) = await bag.AddPayloadAsync($"{representation}/{premisInside}", true, s => PremisWriter.WriteAsync(s, files, ct), ct);
        var premis = new SipEntry(SipEntryKind.Preservation, n, premisInside, premisLength, premisSums["sha256"], "text/xml");
        // The representation's own METS lists paths inside it; the package METS the same from the package root.
        var mets = SipRepresentationMets.Write(n, state.Organisation, data, premis, state.Now);
        var (metsSums, metsLength) = await bag.AddPayloadAsync($"{representation}/METS.xml", true, s => s.WriteAsync(mets, ct).AsTask(), ct);
        state.Sip.AddRange(data.Select(d => d with { Path = $"{representation}/{d.Path}" }));
        state.Sip.Add(premis with { Path = $"{representation}/{premisInside}" });
        state.Sip.Add(new SipEntry(SipEntryKind.RepresentationMets, n, $"{representation}/METS.xml", metsLength, metsSums["sha256"], "text/xml"));
    }

    /// <summary>A folder name from the object number that is safe on every file system and unique in the package.</summary>
    private static string UniqueFolder(ExportState state, SourceRecord record)
    {
        var safe = Safe(record.Object.ObjectNumber);
        if (safe.Length == 0 || !state.Folders.Add(safe))
        {
            safe = (safe.Length == 0 ? "object" : safe) + "-" + record.SourceId;
            state.Folders.Add(safe);
        }
        return safe;
    }

    private static string UniqueName(HashSet<string> names, PremisFile file)
    {
        var name = Safe(file.File.FileName);
        if (name.Length == 0 || !names.Add(name))
        {
            name = $"{file.File.Id}-{(name.Length == 0 ? "file" : name)}";
            names.Add(name);
        }
        return name;
    }

    /// <summary>Letters, digits, '.', '-', '_' and spaces kept; anything else (slashes, controls, '%') becomes '_'; no leading dots.</summary>
    internal static string Safe(string name)
    {
        var chars = name.Trim().Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_').ToArray();
        var safe = new string(chars).TrimStart('.').Trim();
        return safe.Length > 120 ? safe[..120] : safe;
    }
}
