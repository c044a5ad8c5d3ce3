using System.Globalization;
using Depot.Storage.Jobs;

namespace Depot.Web.Jobs;

/// <summary>Runs <c>search.reindex</c>: rebuilds the facet rows and full-text index of the job's organisation.</summary>
public sealed class SearchReindexHandler(SearchReindex reindex) : IJobHandler
{
    public string Kind => SearchReindex.Kind;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        if (job.OrganisationId is not long organisationId)
            throw new InvalidOperationException("A search.reindex job needs an organisation.");
        await reindex.RebuildAsync(organisationId,
            (done, total, c) => progress.ReportAsync(done, total, string.Create(CultureInfo.InvariantCulture, $"{done} / {total} objects"), c), ct);
    }
}
