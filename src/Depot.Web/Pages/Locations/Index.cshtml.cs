using Depot.Core.Locations;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Locations;

/// <summary>The location tree (building › room › cabinet › shelf) and a form to add a location.</summary>
public sealed class IndexModel(DepotDatabase database, RecordStore records) : OrganisationPageModel
{
    public LocationTree Tree { get; private set; } = null!;

    [BindProperty]
    public LocationForm Form { get; set; } = new();

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Tree = await LocationTree.LoadAsync(database, OrganisationId, ct, withCounts: true);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        try
        {
            var created = await records.CreateAsync(OrganisationId, Form.ToLocation(), Actor, ct);
            return Redirect($"/o/{OrganisationSlug}/locaties/{created.Id}");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return await OnGetAsync(ct);
        }
    }
}

/// <summary>The fields a person fills in for a location.</summary>
public sealed class LocationForm
{
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public LocationKind Kind { get; set; } = LocationKind.Shelf;
    public long? ParentId { get; set; }

    public Location ToLocation() => new() { Name = Name?.Trim() ?? "", Code = Code?.Trim() ?? "", Kind = Kind, ParentId = ParentId };
}
