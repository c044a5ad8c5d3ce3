using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Depot.Web.Pages.Objects;

/// <summary>The small pieces of markup the object form repeats: field messages and the add/remove row buttons.</summary>
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

    /// <summary>The id of the first input of row <paramref name="index"/> in a group, to focus after adding it.</summary>
    public static string FirstInput(string group, int index) => group switch
    {
        "titles" => $"title-{index}",
        "dimensions" => $"dim-type-{index}",
        "inscriptions" => $"inscription-text-{index}",
        _ => $"{group}-{index}",
    };

    // htmx swaps only the form, so the page keeps its scroll position and the focus goes to the new row.
    private const string Htmx = "hx-target=\"#object-form\" hx-select=\"#object-form\" hx-swap=\"outerHTML\"";

    /// <summary>"Add another …": without JavaScript a submit that shows the form again with one more row.</summary>
    public static IHtmlContent AddButton(string group, string label)
    {
        var e = HtmlEncoder.Default;
        return new HtmlString($"<button type=\"submit\" id=\"{group}-add\" name=\"group\" value=\"{group}\" formaction=\"?handler=AddRow\" formnovalidate " +
            $"hx-post=\"?handler=AddRow\" {Htmx} class=\"link-button add-row\">+ {e.Encode(label)}</button>");
    }

    /// <summary>Removes row <paramref name="index"/> of a group; the hidden text names the row for screen readers.</summary>
    public static IHtmlContent RemoveButton(string group, int index, string label, string rowName)
    {
        var e = HtmlEncoder.Default;
        return new HtmlString($"<button type=\"submit\" name=\"row\" value=\"{group}:{index}\" formaction=\"?handler=RemoveRow\" formnovalidate " +
            $"hx-post=\"?handler=RemoveRow\" {Htmx} class=\"link-button remove-row\">{e.Encode(label)}<span class=\"visually-hidden\"> ({e.Encode(rowName)})</span></button>");
    }
}
