namespace Depot.Preservation.Formats.Signatures;

/// <summary>One alternative at a fragment position, with the gap between it and the part nearer the anchor (<see cref="MaxGap"/> -1: unbounded).</summary>
internal sealed record FragmentOption(BytePattern Pattern, int MinGap, int MaxGap);

/// <summary>
/// A DROID sub-sequence: an anchor searched for first (exact bytes use the vectorised IndexOf), then
/// fragments checked outward to its left and right. Offsets are from the previous sub-sequence (or the
/// file's beginning/end): for BOF to the start of the leftmost fragment, for EOF to the end of the rightmost.
/// </summary>
internal sealed class SubSequence
{
    public SubSequence(BytePattern anchor, FragmentOption[][] left, FragmentOption[][] right, int minOffset, int maxOffset)
    {
        Anchor = anchor;
        Left = left;
        Right = right;
        MinOffset = minOffset;
        MaxOffset = maxOffset;
        (MinLeft, MaxLeft) = Extent(left);
        (MinRight, MaxRight) = Extent(right);
        FixedBytes = anchor.FixedBytes + left.Concat(right).Sum(p => p.Min(o => o.Pattern.FixedBytes));
    }

    public SubSequence WithOffsets(int minOffset, int maxOffset) => new(Anchor, Left, Right, minOffset, maxOffset);

    public BytePattern Anchor { get; }
    public FragmentOption[][] Left { get; }
    public FragmentOption[][] Right { get; }
    public int MinOffset { get; }

    /// <summary>-1: unbounded.</summary>
    public int MaxOffset { get; }
    public int MinLeft { get; }
    public int MaxLeft { get; }
    public int MinRight { get; }
    public int MaxRight { get; }

    /// <summary>Exact bytes the sub-sequence demands at least: how specific it is.</summary>
    public int FixedBytes { get; }

    /// <summary>Where the anchor starts, each place it occurs in [<paramref name="low"/>, <paramref name="high"/>], in order (or reverse order).</summary>
    public int NextAnchor(ReadOnlySpan<byte> data, int low, int high, bool backwards)
    {
        low = Math.Max(low, 0);
        high = Math.Min(high, data.Length - Anchor.Length);
        if (low > high) return -1;
        if (Anchor.Exact is { } exact)
        {
            var window = data.Slice(low, high - low + exact.Length);
            var found = backwards ? window.LastIndexOf(exact) : window.IndexOf(exact);
            return found < 0 ? -1 : low + found;
        }
        if (backwards) { for (var p = high; p >= low; p--) if (Anchor.MatchesAt(data, p)) return p; }
        else { for (var p = low; p <= high; p++) if (Anchor.MatchesAt(data, p)) return p; }
        return -1;
    }

    /// <summary>Every start of the left fragments that matches left of <paramref name="anchorStart"/>.</summary>
    public void LeftStarts(ReadOnlySpan<byte> data, int anchorStart, List<int> starts) => Walk(data, Left, 0, anchorStart, leftwards: true, starts);

    /// <summary>Every end of the right fragments that matches right of <paramref name="anchorEnd"/>.</summary>
    public void RightEnds(ReadOnlySpan<byte> data, int anchorEnd, List<int> ends) => Walk(data, Right, 0, anchorEnd, leftwards: false, ends);

    private static void Walk(ReadOnlySpan<byte> data, FragmentOption[][] fragments, int level, int edge, bool leftwards, List<int> found)
    {
        if (level == fragments.Length) { found.Add(edge); return; }
        foreach (var option in fragments[level])
        {
            var length = option.Pattern.Length;
            var room = leftwards ? edge - length : data.Length - edge - length;
            var maxGap = option.MaxGap < 0 ? room : Math.Min(option.MaxGap, room);
            for (var gap = option.MinGap; gap <= maxGap; gap++)
            {
                var at = leftwards ? edge - gap - length : edge + gap;
                if (option.Pattern.MatchesAt(data, at))
                    Walk(data, fragments, level + 1, leftwards ? at : at + length, leftwards, found);
            }
        }
    }

    private static (int Min, int Max) Extent(FragmentOption[][] fragments)
    {
        int min = 0, max = 0;
        foreach (var position in fragments)
        {
            min += position.Min(o => o.Pattern.Length + o.MinGap);
            max = max < 0 || position.Any(o => o.MaxGap < 0) ? -1 : max + position.Max(o => o.Pattern.Length + o.MaxGap);
        }
        return (min, max);
    }
}
