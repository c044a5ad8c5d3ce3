using System.Buffers;
using Depot.Preservation.Formats.Signatures;

namespace Depot.Preservation.Formats;

/// <summary>
/// Identifies formats like DROID: internal signatures over a bounded head and tail of the file,
/// priorities (a format with priority over another removes it), the container pass for ZIP and OLE2
/// triggers, the extension as tie-breaker, and the extension alone when no signature matches.
/// </summary>
internal sealed partial class PronomIdentifier(SignatureSource source) : IFormatIdentifier
{
    /// <summary>Bytes scanned from each end, as DROID's default "max bytes to scan"; a smaller file is read whole.</summary>
    public const int ScanBytes = 64 * 1024;

    public string SignatureVersion => source.Signatures.Version;

    /// <summary>The signature files in use (loaded on first access).</summary>
    internal LoadedSignatures Loaded => source.Signatures;

    public FormatIdentification Identify(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek || !content.CanRead) throw new ArgumentException("Format identification reads the head and tail of a seekable stream.", nameof(content));
        var loaded = source.Signatures;
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        if (loaded.Signatures is not { } file) return ExtensionTable.Identify(extension, loaded.Warning!);

        var all = MatchSignatures(file, content);
        var matched = WithPriorities(all);
        var basis = "signature";
        // Triggers are looked for before priorities: an ODF signature outranks the zip one, yet the container decides the version.
        if (loaded.Containers is { } containers
            && all.Select(m => m.Format.Puid).FirstOrDefault(containers.Triggers.ContainsKey) is { } trigger
            && MatchContainer(file, containers, containers.Triggers[trigger], content) is { Count: > 0 } inContainer)
        {
            matched = inContainer;
            basis = "container";
        }
        if (matched.Count == 0) return ByExtension(file, extension);
        return Choose(matched, extension, basis);
    }

    private static List<Candidate> MatchSignatures(SignatureFile file, Stream content)
    {
        var length = content.Length - content.Position;
        var start = content.Position;
        var small = length <= 2L * ScanBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(small ? (int)length : 2 * ScanBytes);
        try
        {
            int head, tail;
            if (small) head = tail = content.ReadAtLeast(buffer.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
            else
            {
                head = content.ReadAtLeast(buffer.AsSpan(0, ScanBytes), ScanBytes, throwOnEndOfStream: false);
                content.Position = start + length - ScanBytes;
                tail = content.ReadAtLeast(buffer.AsSpan(ScanBytes, ScanBytes), ScanBytes, throwOnEndOfStream: false);
            }
            var window = small ? new ScanWindow(buffer.AsSpan(0, head), buffer.AsSpan(0, head))
                : new ScanWindow(buffer.AsSpan(0, head), buffer.AsSpan(ScanBytes, tail));
            var found = new List<Candidate>();
            var candidates = new List<int>(64);
            file.Index.Candidates(window.Head, candidates);
            foreach (var index in candidates)
            {
                var (signature, formats) = file.Signatures[index];
                if (!signature.Matches(window)) continue;
                foreach (var format in formats)
                {
                    var existing = found.FindIndex(c => c.Format.Id == format.Id);
                    if (existing < 0) found.Add(new Candidate(format, signature.FixedBytes));
                    else if (found[existing].Strength < signature.FixedBytes) found[existing] = new Candidate(format, signature.FixedBytes);
                }
            }
            return found;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            content.Position = start;
        }
    }

    /// <summary>DROID's rule: a matched format that has priority over another matched format removes it.</summary>
    private static List<Candidate> WithPriorities(List<Candidate> found) =>
        found.Count < 2 ? found : found.Where(c => !found.Exists(o => o.Format.PriorityOver.Contains(c.Format.Id))).ToList();

    private static FormatIdentification Choose(List<Candidate> matched, string extension, string basis)
    {
        var warnings = new List<string>();
        var ranked = matched.OrderByDescending(c => c.Format.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            .ThenByDescending(c => c.Strength).ToList();
        var best = ranked[0];
        if (ranked.Count > 1) warnings.Add("several candidates: " + string.Join(", ", ranked.Select(c => c.Format.Puid)));
        if (best.Format.Extensions.Count > 0 && !best.Format.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            warnings.Add($"extension mismatch: .{extension} is not an extension of {best.Format.Puid}");
        return Result(best.Format, basis, warnings);
    }

    private static FormatIdentification ByExtension(SignatureFile file, string extension)
    {
        var formats = extension.Length == 0 ? [] : file.ByExtension[extension].ToList();
        if (formats.Count == 0) return FormatIdentification.Unknown(extension.Length == 0 ? "no signature matched and the name has no extension" : $"no signature matched and .{extension} is no known extension");
        // As DROID, prefer formats that have no signatures of their own: the others would have matched.
        var unsigned = formats.Where(f => f.SignatureIds.Count == 0).ToList();
        var pick = unsigned.Count > 0 ? unsigned : formats;
        var warnings = new List<string> { "no signature matched; identified by extension only" };
        if (pick.Count > 1) warnings.Add("several candidates: " + string.Join(", ", pick.Select(f => f.Puid)));
        return Result(pick[0], "extension", warnings);
    }

    private static FormatIdentification Result(PronomFormat format, string basis, List<string> warnings) =>
        new(format.Puid, format.Name, format.Version, format.MediaType.Length > 0 ? format.MediaType : "application/octet-stream", basis, warnings);

    private sealed record Candidate(PronomFormat Format, int Strength);
}
