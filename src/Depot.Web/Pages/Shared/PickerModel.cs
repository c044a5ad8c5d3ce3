using Depot.Core.Registration.Authorities;
using Depot.Storage.Lookup;

namespace Depot.Web.Pages.Pickers;

/// <summary>
/// The model of the type-ahead picker, <c>&lt;partial name="_Picker" model="…"/&gt;</c> (Pages/Shared/_Picker.cshtml):
/// one field that holds the id of an agent, place, location or concept, chosen by its label.
/// <list type="bullet">
/// <item><see cref="Key"/>: the field's key and the text box's HTML id (<c>makers-2</c>); the typed text posts as <c>pick.{Key}</c>.</item>
/// <item><see cref="Name"/>: the form name that carries the chosen id (<c>Form.Makers[2].AgentId</c>).</item>
/// <item><see cref="Kind"/> and <see cref="Purpose"/>: what is looked up; concepts come from the thesauri for that purpose
/// (and general ones), falling back to all thesauri.</item>
/// <item><see cref="Value"/>/<see cref="ValueLabel"/>: the current choice.</item>
/// <item><see cref="Search"/>: set after a search without JavaScript (a submit with <c>name="lookup" value="{Key}"</c> to the
/// page's <c>Lookup</c> handler): the matches are shown as radio buttons to choose from, with a "create" button that
/// posts <c>name="create" value="{Key}"</c> to the page's <c>CreateRef</c> handler.</item>
/// </list>
/// With JavaScript (wwwroot/js/picker.js) the text box is an ARIA combobox that asks <c>GET /o/{org}/opzoeken/{kind}</c>
/// as one types, and "create" posts to the same address. A page that uses the picker provides the two handlers when it
/// wants the no-JavaScript path (see Pages/Objects/ObjectFormPageModel.Pickers.cs for an example).
/// </summary>
public sealed record PickerModel(string Organisation, string Key, string Name, string Label, LookupKind Kind, ThesaurusPurpose? Purpose,
    long? Value, string ValueLabel)
{
    /// <summary>Shows the minimal-registration marker after the label.</summary>
    public bool Minimal { get; init; }

    /// <summary>The id of this field's error message, when it has one (for aria-describedby and aria-invalid).</summary>
    public string? ErrorId { get; init; }

    /// <summary>Whether the person may create a missing record from the picker.</summary>
    public bool CanCreate { get; init; }

    public bool Autofocus { get; init; }

    public PickerSearch? Search { get; init; }

    public string LookupUrl => $"/o/{Organisation}/opzoeken/{Kind.ToString().ToLowerInvariant()}" + (Purpose is { } p ? $"?purpose={p}" : "");
}

/// <summary>What a search without JavaScript found for a picker: the typed text, the matches, and the "create" offer.</summary>
public sealed record PickerSearch(string Query, IReadOnlyList<LookupOption> Options, bool FromAllThesauri, string? CreateLabel);
