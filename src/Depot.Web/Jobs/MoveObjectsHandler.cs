using System.Globalization;
using System.Text.Json;
using Depot.Storage.Jobs;
using Depot.Storage.Movements;

namespace Depot.Web.Jobs;

/// <summary>Runs <c>movements.move</c>: a large selection moved in batches, with progress.</summary>
public sealed class MoveObjectsHandler(MoveObjectsJob moves) : IJobHandler
{
    public string Kind => MoveObjectsJob.Kind;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        if (job.OrganisationId is not long organisationId)
            throw new InvalidOperationException("A movements.move job needs an organisation.");
        var result = await moves.RunAsync(organisationId, job.Payload,
            (done, total, c) => progress.ReportAsync(done, total, string.Create(CultureInfo.InvariantCulture, $"{done} / {total}"), c), ct);
        var handled = result.Moved + result.AlreadyThere;
        await progress.ReportAsync(handled, handled, string.Create(CultureInfo.InvariantCulture, $"{handled} / {handled}"), ct);
        // The outcome as JSON, so the progress page can say it in the reader's language.
        progress.Result = JsonSerializer.Serialize(result);
    }
}
