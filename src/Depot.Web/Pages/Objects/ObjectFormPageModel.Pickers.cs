using Depot.Core.Registration.Authorities;
using Depot.Storage.Lookup;
using Depot.Web.Pages.Pickers;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>The pickers of the object form without JavaScript: search, then choose or create, all by posting the form.</summary>
public abstract partial class ObjectFormPageModel
{
    private readonly Dictionary<string, PickerSearch> _searches = new(StringComparer.Ordinal);

    /// <summary>Set when the form was not saved because a picker's text was not chosen from its matches.</summary>
    public bool HasUnchosenPickers { get; private set; }

    /// <summary>The picker partial's model for one field of this form.</summary>
    public PickerModel Picker(string key, string label, bool minimal = false, string? errorField = null)
    {
        var field = ObjectForm.Describe(key) ?? throw new ArgumentException($"No picker {key} on the object form.", nameof(key));
        var value = Form.Get(key);
        return new PickerModel(OrganisationSlug, key, field.Name, label, field.Kind, field.Purpose, value, LabelOf(field.Kind, value))
        {
            Minimal = minimal,
            ErrorId = errorField is not null ? DescribedBy(errorField) : null,
            CanCreate = Grant.CanWrite,
            Autofocus = FocusId == key,
            Search = _searches.GetValueOrDefault(key),
        };
    }

    /// <summary>"Zoeken" beside a picker, without JavaScript: shows the matches for its text to choose from.</summary>
    public async Task<IActionResult> OnPostLookupAsync([FromForm] string lookup, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (ObjectForm.Describe(lookup) is { } field)
        {
            await SearchAsync(field, Typed(field.Key), ct);
            FocusId = field.Key + "-choice-0";
        }
        return await ShowAsync(ct);
    }

    /// <summary>"‘…’ toevoegen als nieuwe term": creates the record from the picker's text and chooses it; nothing else is saved.</summary>
    public async Task<IActionResult> OnPostCreateRefAsync([FromForm] string create, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (ObjectForm.Describe(create) is { } field)
        {
            var made = await authorities.CreateAsync(Records, OrganisationId, field.Kind, Typed(field.Key), field.Purpose, text.Code, Actor, ct);
            if (made is not null)
            {
                Form.Set(field.Key, made.Id);
                Notice = text.Format("picker.created", made.Label);
                FocusId = field.Key;
            }
        }
        return await ShowAsync(ct);
    }

    private string Typed(string key) => (Request.HasFormContentType ? Request.Form["pick." + key].ToString() : "").Trim();

    private async Task SearchAsync(PickerField field, string query, CancellationToken ct)
    {
        var found = await authorities.SearchAsync(OrganisationId, field.Kind, query, field.Purpose, text.Code, ct);
        string? create = null;
        if (query.Length > 0 && field.Kind != LookupKind.Location && found.Options.All(o => !string.Equals(o.Label, query, StringComparison.OrdinalIgnoreCase)))
            create = await CreateLabelAsync(field.Kind, field.Purpose, query, ct);
        _searches[field.Key] = new PickerSearch(query, found.Options, found.FromAllThesauri, create);
    }

    /// <summary>"‘kopergravure’ toevoegen als nieuwe term in Technieken", or null when there is no thesaurus to add it to.</summary>
    internal async Task<string?> CreateLabelAsync(LookupKind kind, ThesaurusPurpose? purpose, string query, CancellationToken ct) => kind switch
    {
        LookupKind.Agent => text.Format("picker.createAgent", query),
        LookupKind.Place => text.Format("picker.createPlace", query),
        LookupKind.Concept => await authorities.TargetAsync(OrganisationId, purpose, ct) is { } target
            ? text.Format("picker.createConcept", query, target.Title(text.Code)) : null,
        _ => null,
    };

    /// <summary>
    /// Before saving: a picker left empty clears its choice; a picker whose text differs from its choice
    /// (typed, never chosen) gets its matches shown, and the form is not saved.
    /// </summary>
    private async Task<bool> UnchosenPickersAsync(CancellationToken ct)
    {
        if (!Request.HasFormContentType) return false;
        var pickers = Form.Pickers().Where(p => Request.Form.ContainsKey("pick." + p.Key)).ToList();
        var labels = await lookups.LoadAsync(OrganisationId, Form.References(), text.Code, ct);
        foreach (var p in pickers)
        {
            var typed = Typed(p.Key);
            if (typed.Length == 0)
            {
                Form.Set(p.Key, null);
                continue;
            }
            var chosen = Label(labels, p.Kind, Form.Get(p.Key));
            var searched = Request.Form["searched." + p.Key].ToString().Trim();
            if (string.Equals(typed, chosen, StringComparison.OrdinalIgnoreCase) || (Form.Get(p.Key) is not null && typed == searched)) continue;
            await SearchAsync(p, typed, ct);
        }
        HasUnchosenPickers = _searches.Count > 0;
        if (HasUnchosenPickers) FocusId = _searches.Keys.First();
        return HasUnchosenPickers;
    }

    private string LabelOf(LookupKind kind, long? id) => Label(Labels, kind, id);

    private static string Label(LookupSet labels, LookupKind kind, long? id) => id is null ? "" : kind switch
    {
        LookupKind.Agent => labels.Agent(id),
        LookupKind.Place => labels.Place(id),
        LookupKind.Location => labels.Location(id),
        _ => labels.Concept(id),
    };
}
