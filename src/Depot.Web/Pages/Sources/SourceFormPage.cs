using Depot.Core.Validation;
using Depot.Network;
using Depot.Storage.Importing.Mappings;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Sources;

/// <summary>What the add and edit pages share: the form, its errors, and the organisation's CSV mappings to choose from.</summary>
public abstract class SourceFormPage(ImportMappingStore mappings, NetworkOptions options) : OrganisationPageModel
{
    [BindProperty]
    public SourceForm Form { get; set; } = new();

    public IReadOnlyList<FieldError> Errors { get; protected set; } = [];

    public IReadOnlyList<ImportMapping> Mappings { get; private set; } = [];

    public int MinimumMinutes => Math.Max(1, (int)Math.Ceiling(options.MinimumInterval.TotalMinutes));

    protected async Task LoadChoicesAsync(CancellationToken ct) => Mappings = await mappings.ListAsync(OrganisationId, ct);
}
