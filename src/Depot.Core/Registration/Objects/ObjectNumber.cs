using System.Globalization;
using System.Text;

namespace Depot.Core.Registration.Objects;

/// <summary>Rules for object numbers (objectnummers).</summary>
public static class ObjectNumber
{
    public const int MaxLength = 100;

    /// <summary>
    /// A key that sorts object numbers in natural order: every run of digits is padded to a fixed
    /// width, so <c>2019.2</c> sorts before <c>2019.10</c> and <c>A 9</c> before <c>A 10</c>.
    /// Comparison is case-insensitive.
    /// </summary>
    public static string SortKey(string objectNumber)
    {
        var sb = new StringBuilder(objectNumber.Length + 16);
        var i = 0;
        while (i < objectNumber.Length)
        {
            if (char.IsAsciiDigit(objectNumber[i]))
            {
                var start = i;
                while (i < objectNumber.Length && char.IsAsciiDigit(objectNumber[i])) i++;
                var digits = objectNumber[start..i].TrimStart('0');
                if (digits.Length == 0) digits = "0";
                sb.Append(digits.Length.ToString("00", CultureInfo.InvariantCulture)).Append(digits);
            }
            else
            {
                sb.Append(char.ToLowerInvariant(objectNumber[i]));
                i++;
            }
        }
        return sb.ToString();
    }
}
