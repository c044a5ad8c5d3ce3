using Microsoft.AspNetCore.WebUtilities;

namespace Depot.Web.Portal;

/// <summary>Addresses inside the portal.</summary>
public static class PortalLinks
{
    /// <summary>The <c>lang</c> asked for in the address ("en", "nl" or empty): carried by every portal link.</summary>
    public static string AskedLanguage(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        return asked.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : asked.Length > 0 ? "nl" : "";
    }

    public static string WithLanguage(string path, string language) =>
        language.Length == 0 ? path : QueryHelpers.AddQueryString(path, "lang", language);

    public static string Object(long id) => "/doc/object/" + Id(id);

    public static string Agent(long id) => "/doc/agent/" + Id(id);

    public static string Place(long id) => "/doc/place/" + Id(id);

    public static string Concept(long id) => "/doc/concept/" + Id(id);

    public static string Organisation(string slug) => "/doc/organisation/" + Uri.EscapeDataString(slug);

    public static string Collection(string? slug) => slug is null ? "/collectie" : "/collectie/" + Uri.EscapeDataString(slug);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
