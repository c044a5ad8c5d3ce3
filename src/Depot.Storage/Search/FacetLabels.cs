using System.Globalization;

namespace Depot.Storage.Search;

/// <summary>Labels for facet values that are not records: centuries, publication status, image or not.</summary>
internal static class FacetLabels
{
    public static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>17 → "17de eeuw" / "17th century"; -1 → "1ste eeuw v.Chr." / "1st century BC".</summary>
    public static string Century(int century, bool english)
    {
        var n = Math.Abs(century);
        var number = n.ToString(CultureInfo.InvariantCulture);
        if (english)
        {
            var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return $"{number}{suffix} century" + (century < 0 ? " BC" : "");
        }
        // Dutch ordinals: 1ste, 8ste and from 20 on "ste"; otherwise "de" (2de, 17de, 19de).
        var dutch = n is 1 or 8 || n >= 20 && (n % 100) is not (>= 2 and <= 7 or >= 9 and <= 19) ? "ste" : "de";
        return $"{number}{dutch} eeuw" + (century < 0 ? " v.Chr." : "");
    }

    public static string Publication(bool isPublic, bool english) =>
        (isPublic, english) switch
        {
            (true, true) => "Public",
            (true, false) => "Publiek",
            (false, true) => "Internal",
            (false, false) => "Intern",
        };

    public static string HasImage(bool hasImage, bool english) =>
        (hasImage, english) switch
        {
            (true, true) => "With image",
            (true, false) => "Met beeld",
            (false, true) => "Without image",
            (false, false) => "Zonder beeld",
        };
}
