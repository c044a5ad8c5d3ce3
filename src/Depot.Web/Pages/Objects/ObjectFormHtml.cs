using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Depot.Web.Pages.Objects;

/// <summary>The small pieces of markup the object form repeats: field messages and grouped options.</summary>
public static class ObjectFormHtml
{
    /// <summary>An HTML id for a field name as the store reports it: <c>dimensions[0].value</c> → <c>dimensions-0-value</c>.</summary>
    public static string Key(string field) => field.Replace('[', '-').Replace("]", "", StringComparison.Ordinal).Replace('.', '-');

    public static IHtmlContent Errors(string field, IEnumerable<string> messages)
    {
        var text = string.Join(" ", messages);
        if (text.Length == 0) return HtmlString.Empty;
        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<p class=\"field-error\" id=\"{encoder.Encode(Key(field))}-error\">{encoder.Encode(text)}</p>");
    }

    /// <summary>Options grouped per thesaurus (<c>optgroup</c>), the chosen ones selected.</summary>
    public static IHtmlContent Options(IReadOnlyList<Choice> choices, ICollection<long> selected)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        foreach (var group in choices.GroupBy(c => c.Group))
        {
            if (group.Key.Length > 0) html.Append("<optgroup label=\"").Append(encoder.Encode(group.Key)).Append("\">");
            foreach (var c in group)
                html.Append("<option value=\"").Append(c.Id.ToString(CultureInfo.InvariantCulture)).Append('"')
                    .Append(selected.Contains(c.Id) ? " selected" : "").Append('>').Append(encoder.Encode(c.Label)).Append("</option>");
            if (group.Key.Length > 0) html.Append("</optgroup>");
        }
        return new HtmlString(html.ToString());
    }
}
