namespace Depot.Preservation.Formats.Signatures;

/// <summary>
/// Most signatures start with exact bytes at a fixed offset from the beginning (<c>GIF89a</c> at 0):
/// they are filed by that offset and first byte, so a file is only matched against the few whose
/// first byte it has there, plus the signatures that float or start with a class.
/// </summary>
internal sealed class SignatureIndex
{
    private readonly int[] positions;
    private readonly int[][][] byPositionAndByte;
    private readonly int[] always;

    public SignatureIndex(IReadOnlyList<InternalSignature> signatures)
    {
        var gated = new SortedDictionary<int, List<int>[]>();
        var rest = new List<int>();
        for (var i = 0; i < signatures.Count; i++)
        {
            if (Gate(signatures[i]) is not { } gate) { rest.Add(i); continue; }
            if (!gated.TryGetValue(gate.Position, out var buckets))
                gated[gate.Position] = buckets = [.. Enumerable.Range(0, 256).Select(_ => new List<int>())];
            buckets[gate.Byte].Add(i);
        }
        positions = [.. gated.Keys];
        byPositionAndByte = [.. gated.Values.Select(b => b.Select(l => l.ToArray()).ToArray())];
        always = [.. rest];
    }

    /// <summary>How many signatures every file is matched against, whatever its first bytes.</summary>
    public int Ungated => always.Length;

    /// <summary>The indexes of the signatures worth matching against this head, in signature order.</summary>
    public void Candidates(ReadOnlySpan<byte> head, List<int> into)
    {
        into.Clear();
        into.AddRange(always);
        for (var p = 0; p < positions.Length && positions[p] < head.Length; p++)
            into.AddRange(byPositionAndByte[p][head[positions[p]]]);
        into.Sort();
    }

    /// <summary>The offset and byte a signature demands, when its first beginning-of-file sub-sequence sits at one fixed place.</summary>
    private static (int Position, byte Byte)? Gate(InternalSignature signature)
    {
        foreach (var sequence in signature.Sequences)
        {
            if (sequence.Reference != SequenceReference.Bof || sequence.Subsequences.Count == 0) continue;
            var first = sequence.Subsequences[0];
            if (first.MinOffset != first.MaxOffset || first.MinLeft != first.MaxLeft || first.Anchor.Exact is not { Length: > 0 } exact) continue;
            return (first.MinOffset + first.MinLeft, exact[0]);
        }
        return null;
    }
}
