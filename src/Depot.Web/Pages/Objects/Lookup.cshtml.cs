using Depot.Core.Registration.Authorities;
using Depot.Storage.Lookup;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// What the type-ahead pickers ask as one types: <c>GET /o/{org}/opzoeken/{kind}?q=…&amp;purpose=Material&amp;key=materials-0</c>
/// answers the matching options as <c>&lt;li role="option"&gt;</c> items for the picker's listbox (labels that start with
/// the text first), with a last option to create the missing record. <c>POST …?handler=Create</c> creates it and answers
/// <c>{ id, label }</c>. Kinds: concept, agent, place, location. Only the organisation of the route is searched.
/// </summary>
public sealed class LookupModel(AuthorityLookup authorities, RecordStore records, UiText text) : OrganisationPageModel
{
    [FromRoute(Name = "kind")]
    public string KindName { get; set; } = "";

    [FromQuery(Name = "purpose")]
    public ThesaurusPurpose? Purpose { get; set; }

    /// <summary>The picker's key: prefix of the options' HTML ids.</summary>
    [FromQuery(Name = "key")]
    public string Key { get; set; } = "picker";

    public string Query { get; private set; } = "";

    public LookupResult Result { get; private set; } = new([]);

    public string? CreateLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<LookupKind>(KindName, ignoreCase: true, out var kind) || int.TryParse(KindName, out _)) return Missing();
        // The picker's own text box posts as pick.{key}; a plain q= works too.
        Query = (Request.Query["q"].FirstOrDefault() ?? Request.Query.FirstOrDefault(p => p.Key.StartsWith("pick.", StringComparison.Ordinal)).Value.FirstOrDefault() ?? "").Trim();
        Key = new string(Key.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        Result = await authorities.SearchAsync(OrganisationId, kind, Query, Purpose, text.Code, ct);
        if (Grant.CanWrite && Query.Length > 0 && Result.Options.All(o => !string.Equals(o.Label, Query, StringComparison.OrdinalIgnoreCase)))
            CreateLabel = kind switch
            {
                LookupKind.Agent => text.Format("picker.createAgent", Query),
                LookupKind.Place => text.Format("picker.createPlace", Query),
                LookupKind.Concept => await authorities.TargetAsync(OrganisationId, Purpose, ct) is { } target ? text.Format("picker.createConcept", Query, target.Title(text.Code)) : null,
                _ => null,
            };
        return Page();
    }

    /// <summary>Creates the missing agent, place or concept (into the thesaurus for the purpose) and answers its id and label.</summary>
    public async Task<IActionResult> OnPostCreateAsync([FromForm(Name = "q")] string? q, CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        if (!Enum.TryParse<LookupKind>(KindName, ignoreCase: true, out var kind) || int.TryParse(KindName, out _)) return Missing();
        var made = await authorities.CreateAsync(records, OrganisationId, kind, q ?? "", Purpose, text.Code, Actor, ct);
        if (made is null) return new UnprocessableEntityObjectResult(new { message = text["picker.cannotCreate"] });
        return new JsonResult(new { id = made.Id, label = made.Label, message = text.Format("picker.created", made.Label) });
    }
}
