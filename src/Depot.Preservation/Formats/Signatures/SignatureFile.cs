using System.Xml.Linq;

namespace Depot.Preservation.Formats.Signatures;

/// <summary>A PRONOM format as the DROID signature file describes it.</summary>
internal sealed record PronomFormat(int Id, string Puid, string Name, string Version, string MediaType,
    IReadOnlyList<string> Extensions, IReadOnlyList<int> SignatureIds, IReadOnlySet<int> PriorityOver);

/// <summary>
/// A loaded DROID signature file: formats, their compiled internal signatures, and indexes by
/// signature, PUID and extension. Immutable once loaded, so one instance serves every thread.
/// </summary>
internal sealed class SignatureFile
{
    private SignatureFile(string version, List<PronomFormat> formats, List<InternalSignature> signatures)
    {
        Version = version;
        Formats = formats;
        ByPuid = formats.GroupBy(f => f.Puid, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var formatsBySignature = formats.SelectMany(f => f.SignatureIds.Select(id => (id, f))).ToLookup(x => x.id, x => x.f);
        // Cheap, specific signatures first; the matcher still tries all of them.
        Signatures = [.. signatures.Where(s => formatsBySignature[s.Id].Any())
            .OrderBy(s => s.Sequences.Max(q => q.Cost)).Select(s => (s, formatsBySignature[s.Id].ToArray()))];
        Index = new SignatureIndex([.. Signatures.Select(s => s.Signature)]);
        ByExtension = formats.SelectMany(f => f.Extensions.Select(e => (e, f))).ToLookup(x => x.e, x => x.f, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file's <c>Version</c> attribute, e.g. <c>118</c>.</summary>
    public string Version { get; }
    public IReadOnlyList<PronomFormat> Formats { get; }
    public IReadOnlyDictionary<string, PronomFormat> ByPuid { get; }
    public IReadOnlyList<(InternalSignature Signature, PronomFormat[] Formats)> Signatures { get; }
    public ILookup<string, PronomFormat> ByExtension { get; }

    /// <summary>Which of <see cref="Signatures"/> a file's first bytes make worth matching.</summary>
    public SignatureIndex Index { get; }

    public static SignatureFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static SignatureFile Load(Stream stream)
    {
        var document = XDocument.Load(stream);
        var root = document.Root ?? throw new FormatException("The signature file is empty.");
        var signatures = SignatureXml.Descendants(root, "InternalSignature").Select(SignatureXml.Signature).ToList();
        var formats = SignatureXml.Descendants(root, "FileFormat").Select(f => new PronomFormat(
            SignatureXml.Int(f, "ID") ?? 0,
            (string?)f.Attribute("PUID") ?? "",
            (string?)f.Attribute("Name") ?? "",
            (string?)f.Attribute("Version") ?? "",
            ((string?)f.Attribute("MIMEType") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "",
            [.. SignatureXml.Children(f, "Extension").Select(e => e.Value.Trim())],
            [.. SignatureXml.Children(f, "InternalSignatureID").Select(e => int.Parse(e.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture))],
            SignatureXml.Children(f, "HasPriorityOverFileFormatID").Select(e => int.Parse(e.Value.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToHashSet())).ToList();
        return new SignatureFile((string?)root.Attribute("Version") ?? "?", formats, signatures);
    }
}
