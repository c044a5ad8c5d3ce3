using System.Net;
using System.Text.RegularExpressions;

namespace Depot.Web.Tests.Objects;

/// <summary>Posting the web UI's forms as a browser without JavaScript does: fields by name, with the anti-forgery token.</summary>
internal static partial class PageForms
{
    public static async Task<string> TokenAsync(HttpClient client, string url, CancellationToken ct)
    {
        var html = await client.GetStringAsync(url, ct);
        return Token().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No anti-forgery token on " + url);
    }

    public static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string url, string token,
        IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        var response = await client.PostAsync(url, content, ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct)));
    }

    public static KeyValuePair<string, string> F(string name, object value) => new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    /// <summary>The value attribute of the input named <paramref name="name"/>, or null when there is none.</summary>
    public static string? ValueOf(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        if (!input.Success) return null;
        var value = Regex.Match(input.Value, "value=\"([^\"]*)\"");
        return value.Success ? value.Groups[1].Value : "";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
