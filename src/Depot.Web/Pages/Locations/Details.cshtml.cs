using Depot.Core.Locations;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Locations;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Locations;

/// <summary>One location: its objects (paged), rename or move it in the tree, and the ways on (print, move, inventory).</summary>
public sealed class DetailsModel(DepotDatabase database, RecordStore records, Localisation.UiText text) : OrganisationPageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public long Id { get; set; }

    [FromQuery(Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Show the objects below this location too.</summary>
    [FromQuery(Name = "onder")]
    public bool Below { get; set; }

    public Location Location { get; private set; } = null!;
    public LocationTree Tree { get; private set; } = null!;
    public IReadOnlyList<LocatedObject> Objects { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty]
    public LocationForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Location = await records.GetAsync<Location>(OrganisationId, Id, ct);
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct);
        if (Errors.Count == 0)
            Form = new LocationForm { Name = Location.Name, Code = Location.Code, Kind = Location.Kind, ParentId = Location.ParentId };
        PageNumber = Math.Max(1, PageNumber);
        var scope = Below ? Tree.Within(Id) : new HashSet<long> { Id };
        (Objects, Total) = await LocationObjects.PageAsync(database, OrganisationId, scope, (PageNumber - 1) * PageSize, PageSize, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var changed = Form.ToLocation();
            changed.Id = Id;
            await records.UpdateAsync(OrganisationId, changed, Version, Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/locaties/{Id}");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
        }
        catch (StaleEditException stale)
        {
            Notice = text.Format("edit.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion);
        }
        return await OnGetAsync(ct);
    }

    public string MoveAllUrl => $"/o/{OrganisationSlug}/verplaatsingen/nieuw?" + string.Join('&', Objects.Select(o => $"object={o.Id}"));
}
