using Depot.Storage.Batch;

namespace Depot.Web.Pages.Batch;

/// <summary>Batchbewerkingen: every batch edit of the organisation, who started it, what it did, and its state.</summary>
public sealed class IndexModel(BatchEditStore batches) : OrganisationPageModel
{
    public IReadOnlyList<BatchEdit> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Batches = await batches.ListAsync(OrganisationId, 100, ct);
}
