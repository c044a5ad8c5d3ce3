using System.Globalization;
using System.Xml.Linq;

namespace Depot.Preservation.Formats.Signatures;

/// <summary>
/// Reads <c>InternalSignature</c> elements as both PRONOM files write them: the DROID signature file
/// (hex sequences with explicit Left/RightFragments) and the container file (the richer expression
/// syntax with quotes, classes and choices). Element names are matched without namespace.
/// </summary>
internal static class SignatureXml
{
    public static InternalSignature Signature(XElement element) => new(
        Int(element, "ID") ?? 0,
        [.. Children(element, "ByteSequence").Select(Sequence).OrderBy(s => s.Cost)]);

    public static ByteSequence Sequence(XElement element)
    {
        var reference = (string?)element.Attribute("Reference") switch
        {
            "BOFoffset" => SequenceReference.Bof,
            "EOFoffset" => SequenceReference.Eof,
            _ => SequenceReference.Variable,
        };
        var subs = new List<SubSequence>();
        foreach (var sub in Children(element, "SubSequence").OrderBy(s => Int(s, "Position") ?? 0))
        {
            var min = Int(sub, "SubSeqMinOffset") ?? 0;
            var max = Int(sub, "SubSeqMaxOffset") ?? -1;
            var text = Children(sub, "Sequence").Select(s => s.Value).FirstOrDefault() ?? "";
            var built = SequenceCompiler.Subsequences(PatternParser.Parse(text), reference, min, max);
            if (built.Count == 0) continue;
            var left = Fragments(sub, "LeftFragment");
            var right = Fragments(sub, "RightFragment");
            if (left.Length > 0) built[0] = With(built[0], [.. built[0].Left, .. left], built[0].Right);
            if (right.Length > 0) built[^1] = With(built[^1], built[^1].Left, [.. built[^1].Right, .. right]);
            subs.AddRange(built);
        }
        return new ByteSequence(reference, subs);
    }

    public static IEnumerable<XElement> Children(XElement element, string name) => element.Elements().Where(e => e.Name.LocalName == name);

    public static IEnumerable<XElement> Descendants(XContainer element, string name) => element.Descendants().Where(e => e.Name.LocalName == name);

    public static int? Int(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } text && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static SubSequence With(SubSequence sub, FragmentOption[][] left, FragmentOption[][] right) =>
        new(sub.Anchor, left, right, sub.MinOffset, sub.MaxOffset);

    private static FragmentOption[][] Fragments(XElement sub, string name) =>
    [
        .. Children(sub, name)
            .GroupBy(f => Int(f, "Position") ?? 1)
            .OrderBy(g => g.Key)
            .Select(g => g.Select(f => new FragmentOption(PatternParser.ParseRun(f.Value), Int(f, "MinOffset") ?? 0, Int(f, "MaxOffset") ?? 0)).ToArray()),
    ];
}

/// <summary>A PRONOM internal signature: every byte sequence must match.</summary>
internal sealed class InternalSignature(int id, ByteSequence[] sequences)
{
    public int Id { get; } = id;
    public ByteSequence[] Sequences { get; } = sequences;
    public int FixedBytes { get; } = sequences.Sum(s => s.FixedBytes);

    public bool Matches(ScanWindow window)
    {
        foreach (var sequence in Sequences)
            if (!sequence.Matches(window)) return false;
        return Sequences.Length > 0;
    }
}
