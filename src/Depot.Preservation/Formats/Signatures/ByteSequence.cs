namespace Depot.Preservation.Formats.Signatures;

internal enum SequenceReference
{
    /// <summary>Offsets from the beginning of the file.</summary>
    Bof,

    /// <summary>Offsets from the end of the file; sub-sequences are matched from the last backwards.</summary>
    Eof,

    /// <summary>Anywhere in the scanned window (offsets still count from the beginning).</summary>
    Variable,
}

/// <summary>The bytes of a file DROID-style: a bounded head and tail (the same buffer when the file is small).</summary>
internal readonly ref struct ScanWindow(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
{
    public ReadOnlySpan<byte> Head { get; } = head;
    public ReadOnlySpan<byte> Tail { get; } = tail;
}

/// <summary>A DROID byte sequence: sub-sequences in order, each placed relative to the one before.</summary>
internal sealed class ByteSequence(SequenceReference reference, IReadOnlyList<SubSequence> subsequences)
{
    private readonly SubSequence[] subs = [.. subsequences];

    public SequenceReference Reference { get; } = reference;
    public IReadOnlyList<SubSequence> Subsequences => subs;

    /// <summary>A cost class for ordering: fixed-offset checks are cheap, floating searches dear.</summary>
    public int Cost => Subsequences.Count == 0 ? 0 : Subsequences.Max(s => s.MaxOffset < 0 || s.MaxLeft < 0 ? 3 : s.MaxOffset > 16 ? 2 : 1) + (Reference == SequenceReference.Eof ? 1 : 0);

    public int FixedBytes => Subsequences.Sum(s => s.FixedBytes);

    public bool Matches(ScanWindow window) => subs.Length == 0 || (Reference == SequenceReference.Eof
        ? Backward(window.Tail, subs.Length - 1, window.Tail.Length)
        : Forward(window.Head, 0, 0));

    private bool Forward(ReadOnlySpan<byte> data, int index, int from)
    {
        var sub = subs[index];
        var earliest = from + sub.MinOffset;
        var latest = sub.MaxOffset < 0 ? data.Length : (int)Math.Min((long)from + sub.MaxOffset, data.Length);
        var high = sub.MaxLeft < 0 ? data.Length : (int)Math.Min((long)latest + sub.MaxLeft, data.Length);
        List<int>? starts = null, ends = null;
        for (var p = sub.NextAnchor(data, earliest + sub.MinLeft, high, false); p >= 0; p = sub.NextAnchor(data, p + 1, high, false))
        {
            (starts ??= new(2)).Clear();
            sub.LeftStarts(data, p, starts);
            if (!AnyWithin(starts, earliest, latest)) continue;
            (ends ??= new(2)).Clear();
            sub.RightEnds(data, p + sub.Anchor.Length, ends);
            foreach (var end in ends)
                if (index == subs.Length - 1 || Forward(data, index + 1, end)) return true;
        }
        return false;
    }

    private bool Backward(ReadOnlySpan<byte> data, int index, int to)
    {
        var sub = subs[index];
        var latestEnd = to - sub.MinOffset;
        var earliestEnd = sub.MaxOffset < 0 ? 0 : Math.Max(to - sub.MaxOffset, 0);
        var lowEnd = sub.MaxRight < 0 ? 0 : earliestEnd - sub.MaxRight;
        var length = sub.Anchor.Length;
        List<int>? starts = null, ends = null;
        for (var p = sub.NextAnchor(data, lowEnd - length, latestEnd - sub.MinRight - length, true); p >= 0;
             p = sub.NextAnchor(data, lowEnd - length, p - 1, true))
        {
            (ends ??= new(2)).Clear();
            sub.RightEnds(data, p + length, ends);
            if (!AnyWithin(ends, earliestEnd, latestEnd)) continue;
            (starts ??= new(2)).Clear();
            sub.LeftStarts(data, p, starts);
            foreach (var start in starts)
                if (index == 0 || Backward(data, index - 1, start)) return true;
        }
        return false;
    }

    // A loop, not List.Exists with a lambda: the closure would be allocated on every call, matched or not.
    private static bool AnyWithin(List<int> positions, int low, int high)
    {
        foreach (var p in positions)
            if (p >= low && p <= high) return true;
        return false;
    }
}
