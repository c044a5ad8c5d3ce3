using System.Globalization;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>How the depot's pages write sizes and hashes.</summary>
public static class DepotFormat
{
    /// <summary>"1,4 MB" in the reader's language (decimal units, as file managers show them).</summary>
    public static string Size(long bytes, UiText t)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? $"{t.Number(bytes)} B" : $"{value.ToString(value < 10 ? "0.0" : "0", t.Culture)} {units[unit]}";
    }

    public static string Bytes(long bytes, UiText t) => $"{t.Number(bytes)} bytes";

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
