namespace Depot.Preservation.Formats.Signatures;

/// <summary>
/// Turns a byte-sequence expression (<c>'PK' 03 04 {26} ?? (aa|bb) * 0D0A</c>) into DROID sub-sequences:
/// unbounded gaps split sub-sequences; in each, the longest run of exact bytes becomes the anchor and
/// everything else becomes fragments to its left and right, so matching starts with a fast byte search.
/// </summary>
internal static class SequenceCompiler
{
    public static ByteSequence Compile(string expression, SequenceReference reference, int minOffset = 0, int maxOffset = 0) =>
        new(reference, Subsequences(PatternParser.Parse(expression), reference, minOffset, maxOffset));

    public static List<SubSequence> Subsequences(IReadOnlyList<PatternToken> tokens, SequenceReference reference, int minOffset, int maxOffset)
    {
        if (reference != SequenceReference.Eof) return Subsequences(tokens, minOffset, maxOffset);
        // From the end, a sub-sequence's offset is the gap to its right: shift each gap one place left.
        var list = tokens.ToList();
        while (list.Count > 0 && list[^1] is GapToken trailing)
        {
            list.RemoveAt(list.Count - 1);
            minOffset += trailing.Min;
            maxOffset = maxOffset < 0 || trailing.Max < 0 ? -1 : maxOffset + trailing.Max;
        }
        var subs = Subsequences(list, 0, 0);
        for (var i = 0; i < subs.Count; i++)
            subs[i] = i == subs.Count - 1 ? subs[i].WithOffsets(minOffset, maxOffset) : subs[i].WithOffsets(subs[i + 1].MinOffset, subs[i + 1].MaxOffset);
        return subs;
    }

    public static List<SubSequence> Subsequences(IReadOnlyList<PatternToken> tokens, int minOffset, int maxOffset)
    {
        var result = new List<SubSequence>();
        var part = new List<PatternToken>();
        int min = minOffset, max = maxOffset;
        foreach (var token in tokens.Append(new GapToken(0, -1)))
        {
            if (token is GapToken { Max: < 0 } unbounded)
            {
                if (part.Count > 0) result.Add(Build(part, min, max));
                else if (result.Count == 0) { min += unbounded.Min; max = -1; continue; }
                part.Clear();
                (min, max) = (unbounded.Min, -1);
                continue;
            }
            if (part.Count == 0 && token is GapToken leading)
            {
                min += leading.Min;
                max = max < 0 ? -1 : max + leading.Max;
                continue;
            }
            part.Add(token);
        }
        return result;
    }

    private static SubSequence Build(List<PatternToken> tokens, int minOffset, int maxOffset)
    {
        // A trailing bounded gap (e.g. "… 00 {4}") only widens nothing DROID checks; drop it.
        while (tokens.Count > 0 && tokens[^1] is GapToken) tokens.RemoveAt(tokens.Count - 1);
        var (index, start, length) = LongestExactRun(tokens);
        if (index < 0) throw new FormatException("A byte sequence needs at least one run of byte tests.");
        var atoms = ((RunToken)tokens[index]).Atoms;
        var anchor = new BytePattern(length > 0 ? atoms.Skip(start).Take(length).ToList() : atoms);
        if (length == 0) (start, length) = (0, atoms.Count);

        var leftTokens = new List<PatternToken>(tokens.Take(index));
        if (start > 0) leftTokens.Add(new RunToken(atoms.Take(start).ToList()));
        leftTokens.Reverse();
        var rightTokens = new List<PatternToken>();
        if (start + length < atoms.Count) rightTokens.Add(new RunToken(atoms.Skip(start + length).ToList()));
        rightTokens.AddRange(tokens.Skip(index + 1));
        return new SubSequence(anchor, Fragments(leftTokens), Fragments(rightTokens), minOffset, maxOffset);
    }

    /// <summary>Fragment positions outward from the anchor, each with the gap before it.</summary>
    private static FragmentOption[][] Fragments(List<PatternToken> outward)
    {
        var positions = new List<FragmentOption[]>();
        int gapMin = 0, gapMax = 0;
        foreach (var token in outward)
        {
            switch (token)
            {
                case GapToken gap:
                    gapMin += gap.Min;
                    gapMax = gapMax < 0 || gap.Max < 0 ? -1 : gapMax + gap.Max;
                    continue;
                case RunToken run:
                    positions.Add([new FragmentOption(new BytePattern(run.Atoms), gapMin, gapMax)]);
                    break;
                case ChoiceToken choice:
                    var (min, max) = (gapMin, gapMax);
                    positions.Add([.. choice.Options.Select(o => new FragmentOption(o, min, max))]);
                    break;
            }
            gapMin = gapMax = 0;
        }
        return [.. positions];
    }

    /// <summary>The token and atom range of the longest exact run; length 0 means no exact bytes (the first run is the anchor).</summary>
    private static (int Index, int Start, int Length) LongestExactRun(List<PatternToken> tokens)
    {
        (int Index, int Start, int Length, int Bytes) best = (-1, 0, 0, 0);
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t] is not RunToken run) continue;
            if (best.Index < 0) best = (t, 0, 0, 0);
            for (var a = 0; a < run.Atoms.Count; a++)
            {
                var (count, bytes) = (0, 0);
                while (a + count < run.Atoms.Count && run.Atoms[a + count].Kind == AtomKind.Exact) bytes += run.Atoms[a + count++].Length;
                if (bytes > best.Bytes) best = (t, a, count, bytes);
            }
        }
        return (best.Index, best.Start, best.Length);
    }
}
