using System.Text;
using System.Text.RegularExpressions;

namespace Depot.Preservation.Packages;

/// <summary>
/// <c>bagit.txt</c> (RFC 8493 §2.1.1): exactly two lines, <c>BagIt-Version: M.N</c> and
/// <c>Tag-File-Character-Encoding: ENCODING</c>, in UTF-8. Read strictly: a space before the colon
/// or after the value is not the declaration (the LoC suite has a bag that fails for that alone).
/// </summary>
internal static partial class BagDeclaration
{
    public static (string Version, Encoding? Encoding, PackageProblem? Problem) Read(string bagRoot)
    {
        var path = Path.Combine(bagRoot, "bagit.txt");
        if (!File.Exists(path))
            return ("", null, new("no-declaration", "bagit.txt ontbreekt: dit is geen BagIt-bag.", "bagit.txt is missing: this is not a BagIt bag."));
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 1024)
            return ("", null, Bad("bagit.txt is te lang.", "bagit.txt is too long."));
        var lines = BagText.Lines(new UTF8Encoding(false).GetString(bytes)).Select(l => l.TrimEnd(' ', '\t')).ToList();
        if (lines.Count != 2 || VersionLine().Match(lines[0]) is not { Success: true } version || EncodingLine().Match(lines[1]) is not { Success: true } encoding)
            return ("", null, Bad("bagit.txt heeft niet precies de twee regels 'BagIt-Version: M.N' en 'Tag-File-Character-Encoding: …'.",
                "bagit.txt does not hold exactly the two lines 'BagIt-Version: M.N' and 'Tag-File-Character-Encoding: …'."));
        try
        {
            return (version.Groups[1].Value, Encoding.GetEncoding(encoding.Groups[1].Value), null);
        }
        catch (ArgumentException)
        {
            return (version.Groups[1].Value, null, Bad($"Onbekende tekenset '{encoding.Groups[1].Value}' in bagit.txt.",
                $"Unknown character encoding '{encoding.Groups[1].Value}' in bagit.txt."));
        }
    }

    private static PackageProblem Bad(string nl, string en) => new("bad-declaration", nl, en);

    [GeneratedRegex(@"^BagIt-Version: ([0-9]+\.[0-9]+)$")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^Tag-File-Character-Encoding: ([A-Za-z0-9._:\-]+)$")]
    private static partial Regex EncodingLine();
}

/// <summary>Reading tag files: any line ending (LF, CRLF, CR), a byte-order mark honoured, the declared encoding otherwise.</summary>
internal static class BagText
{
    public static List<string> Lines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    public static List<string> ReadLines(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        return Lines(reader.ReadToEnd());
    }
}
