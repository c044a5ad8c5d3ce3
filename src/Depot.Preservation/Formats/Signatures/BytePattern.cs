namespace Depot.Preservation.Formats.Signatures;

/// <summary>
/// A fixed-length run of byte tests: exact bytes, one-byte classes (<c>??</c>, <c>[00:1F]</c>,
/// <c>[!0D]</c>, <c>[&amp;01]</c>) and multi-byte ranges (<c>[0000:1000]</c>, <c>[!4001C8…]</c>).
/// All-exact runs compare with one vectorised <see cref="MemoryExtensions.SequenceEqual{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>.
/// </summary>
internal sealed class BytePattern
{
    private readonly Atom[] atoms;

    public BytePattern(IReadOnlyList<Atom> atoms)
    {
        this.atoms = [.. Merge(atoms)];
        Length = this.atoms.Sum(a => a.Length);
        Exact = this.atoms.Length == 1 && this.atoms[0].Kind == AtomKind.Exact ? this.atoms[0].Low : null;
        FixedBytes = this.atoms.Where(a => a.Kind == AtomKind.Exact).Sum(a => a.Length);
    }

    public int Length { get; }

    /// <summary>The bytes when every position is exact (searchable with IndexOf), else null.</summary>
    public byte[]? Exact { get; }

    /// <summary>How many positions are exact bytes: a measure of how specific the pattern is.</summary>
    public int FixedBytes { get; }

    public IReadOnlyList<Atom> Atoms => atoms;

    public static BytePattern Of(byte[] bytes) => new([Atom.Bytes(bytes)]);

    public bool MatchesAt(ReadOnlySpan<byte> data, int position)
    {
        if (position < 0 || position + Length > data.Length) return false;
        if (Exact is { } exact) return data.Slice(position, exact.Length).SequenceEqual(exact);
        foreach (var atom in atoms)
        {
            if (!atom.Matches(data.Slice(position, atom.Length))) return false;
            position += atom.Length;
        }
        return true;
    }

    private static IEnumerable<Atom> Merge(IReadOnlyList<Atom> atoms)
    {
        var run = new List<byte>();
        foreach (var atom in atoms)
        {
            if (atom.Kind == AtomKind.Exact) { run.AddRange(atom.Low); continue; }
            if (run.Count > 0) { yield return Atom.Bytes([.. run]); run.Clear(); }
            yield return atom;
        }
        if (run.Count > 0) yield return Atom.Bytes([.. run]);
    }
}

internal enum AtomKind
{
    Exact,
    Set,
    Range,
}

/// <summary>One test: exact bytes, a set of single byte values, or a big-endian range over several bytes.</summary>
internal sealed class Atom
{
    private readonly bool[]? set;

    private Atom(AtomKind kind, byte[] low, byte[] high, bool negated, bool[]? set)
    {
        Kind = kind;
        Low = low;
        High = high;
        Negated = negated;
        this.set = set;
    }

    public AtomKind Kind { get; }
    public byte[] Low { get; }
    public byte[] High { get; }
    public bool Negated { get; }
    public int Length => Low.Length;

    public static Atom Bytes(byte[] bytes) => new(AtomKind.Exact, bytes, bytes, false, null);

    public static Atom Any() => OneOf(_ => true);

    public static Atom OneOf(Func<int, bool> test)
    {
        var set = new bool[256];
        for (var b = 0; b < 256; b++) set[b] = test(b);
        return new(AtomKind.Set, [0], [0], false, set);
    }

    /// <summary>A value between <paramref name="low"/> and <paramref name="high"/> (inclusive, big-endian), or outside it when negated.</summary>
    public static Atom Between(byte[] low, byte[] high, bool negated)
    {
        if (low.Length != high.Length) throw new FormatException("A byte range needs bounds of the same length.");
        if (low.Length == 1)
        {
            int lo = Math.Min(low[0], high[0]), hi = Math.Max(low[0], high[0]);
            return OneOf(b => (b >= lo && b <= hi) != negated);
        }
        return low.AsSpan().SequenceCompareTo(high) <= 0 ? new(AtomKind.Range, low, high, negated, null) : new(AtomKind.Range, high, low, negated, null);
    }

    public bool Matches(ReadOnlySpan<byte> data) => Kind switch
    {
        AtomKind.Exact => data.SequenceEqual(Low),
        AtomKind.Set => set![data[0]],
        AtomKind.Range => (data.SequenceCompareTo(Low) >= 0 && data.SequenceCompareTo(High) <= 0) != Negated,
        _ => false,
    };
}
