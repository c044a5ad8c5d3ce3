using System.Globalization;

namespace Depot.Storage.Demo;

/// <summary>
/// Hands out object numbers in the forms registrars use: acquisition year and sequence
/// (<c>1921.045</c>), a department prefix (<c>PR 1234</c>), a set with parts
/// (<c>S.2008.12/1–3</c>) and old inventory numbers (<c>Inv. 812</c>). Each form has its own
/// counters, so numbers never repeat.
/// </summary>
internal sealed class ObjectNumberBook
{
    private const string SetPrefix = "S.";
    private readonly Dictionary<int, int> byYear = [];
    private readonly Dictionary<int, int> setsByYear = [];
    private readonly Dictionary<ObjectKind, int> byPrefix = [];
    private int inventory;

    public string Next(int style, ObjectKind kind, int year, Random r)
    {
        if (style < 55) return $"{Y(year)}.{Bump(byYear, year).ToString("000", CultureInfo.InvariantCulture)}";
        if (style < 80) return $"{Prefix(kind)} {Bump(byPrefix, kind).ToString(CultureInfo.InvariantCulture)}";
        if (style < 92) return $"{SetPrefix}{Y(year)}.{Bump(setsByYear, year).ToString(CultureInfo.InvariantCulture)}/1–{Y(2 + r.Next(4))}";
        return $"Inv. {(++inventory).ToString(CultureInfo.InvariantCulture)}";
    }

    public static bool IsSet(string number) => number.StartsWith(SetPrefix, StringComparison.Ordinal);

    public static int Parts(string number) => int.Parse(number[(number.LastIndexOf('–') + 1)..], CultureInfo.InvariantCulture);

    private static int Bump<T>(Dictionary<T, int> counters, T key) where T : notnull
    {
        counters.TryGetValue(key, out var n);
        counters[key] = ++n;
        return n;
    }

    private static string Prefix(ObjectKind kind) => kind switch
    {
        ObjectKind.Painting => "SK",
        ObjectKind.Print => "PR",
        ObjectKind.Drawing => "TK",
        ObjectKind.Sculpture => "BH",
        ObjectKind.Coin => "MP",
        ObjectKind.Poster => "AF",
        ObjectKind.Photo => "FO",
        ObjectKind.Book => "BIB",
        ObjectKind.Map => "KA",
        ObjectKind.Furniture => "MB",
        ObjectKind.Textile => "TX",
        ObjectKind.Ceramic => "KE",
        ObjectKind.Glass => "GL",
        ObjectKind.Silver => "ZI",
        _ => "VK",
    };

    private static string Y(int n) => n.ToString(CultureInfo.InvariantCulture);
}
