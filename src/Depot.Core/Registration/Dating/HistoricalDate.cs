using System.Globalization;
using System.Text.RegularExpressions;

namespace Depot.Core.Registration.Dating;

/// <summary>
/// A dating as a registrar writes it ("c. 1601-1620", "17de eeuw") with the earliest and
/// latest years it can mean. Years, not days: heritage datings are rarely more precise and
/// facets, sorting and EDTF all work on years.
/// </summary>
public sealed partial record HistoricalDate
{
    public HistoricalDate(int? earliest, int? latest, string text, DatePrecision precision = DatePrecision.Exact)
    {
        if (earliest is null && latest is null)
            throw new DomainException("dating.empty", "Een datering heeft minstens een begin- of einddatum.", "A dating needs at least an earliest or a latest year.");
        if (earliest is not null && latest is not null && latest < earliest)
            throw new DomainException("dating.endBeforeBegin",
                $"De einddatum ({latest}) ligt vóór de begindatum ({earliest}).",
                $"The latest year ({latest}) is before the earliest year ({earliest}).");
        Earliest = earliest;
        Latest = latest;
        Text = string.IsNullOrWhiteSpace(text) ? Describe(earliest, latest, precision) : text.Trim();
        Precision = precision;
    }

    public int? Earliest { get; }
    public int? Latest { get; }
    public string Text { get; }
    public DatePrecision Precision { get; }

    /// <summary>The century the dating starts in (1601 → 17), used for facets.</summary>
    public int? Century => (Earliest ?? Latest) is int year ? (year > 0 ? (year - 1) / 100 + 1 : year / 100 - 1) : null;

    /// <summary>EDTF level 1 form: <c>1601/1620</c>, <c>1650~</c>, <c>../1700</c>.</summary>
    public string ToEdtf()
    {
        var suffix = Precision == DatePrecision.Circa ? "~" : "";
        static string Y(int y) => y.ToString("0000", CultureInfo.InvariantCulture);
        return (Earliest, Latest) switch
        {
            (int a, int b) when a == b => Y(a) + suffix,
            (int a, int b) => $"{Y(a)}{suffix}/{Y(b)}{suffix}",
            (int a, null) => $"{Y(a)}{suffix}/..",
            (null, int b) => $"../{Y(b)}{suffix}",
            _ => "",
        };
    }

    private static string Describe(int? earliest, int? latest, DatePrecision precision)
    {
        var prefix = precision == DatePrecision.Circa ? "ca. " : "";
        return (earliest, latest) switch
        {
            (int a, int b) when a == b => prefix + a.ToString(CultureInfo.InvariantCulture),
            (int a, int b) => $"{prefix}{a}-{b}",
            (int a, null) => $"na {a}",
            (null, int b) => $"vóór {b}",
            _ => "",
        };
    }

    /// <summary>
    /// Reads the common Dutch and English ways of writing a dating:
    /// <c>1650</c>, <c>1601-1620</c>, <c>ca. 1650</c>, <c>c. 1650</c>, <c>17de eeuw</c>, <c>17e eeuw</c>, <c>17th century</c>.
    /// Returns null when the text is not understood (the caller keeps the text and asks for years).
    /// </summary>
    public static HistoricalDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        var circa = CircaPrefix().Match(t);
        var precision = circa.Success ? DatePrecision.Circa : DatePrecision.Exact;
        var rest = circa.Success ? t[circa.Length..].Trim() : t;

        var century = CenturyPattern().Match(rest);
        if (century.Success)
        {
            var c = int.Parse(century.Groups[1].Value, CultureInfo.InvariantCulture);
            return new HistoricalDate((c - 1) * 100 + 1, c * 100, t, precision);
        }
        var range = YearRange().Match(rest);
        if (range.Success)
        {
            var a = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            return b < a ? null : new HistoricalDate(a, b, t, precision);
        }
        var single = SingleYear().Match(rest);
        if (single.Success)
        {
            var a = int.Parse(single.Groups[1].Value, CultureInfo.InvariantCulture);
            return new HistoricalDate(a, a, t, precision);
        }
        return null;
    }

    [GeneratedRegex(@"^(ca\.?|c\.|circa|omstreeks|rond)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CircaPrefix();

    [GeneratedRegex(@"^(\d{1,2})\s*(de|e|ste|th|st|nd|rd)?\s*(eeuw|century)$", RegexOptions.IgnoreCase)]
    private static partial Regex CenturyPattern();

    [GeneratedRegex(@"^(\d{3,4})\s*[-–/]\s*(\d{3,4})$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(\d{3,4})$")]
    private static partial Regex SingleYear();
}

public enum DatePrecision
{
    Exact,
    Circa,
}
