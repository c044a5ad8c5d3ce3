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
        // The last message is the outcome, as JSON, so the progress page can say it in the reader's language.
        await progress.ReportAsync(result.Moved + result.AlreadyThere, result.Moved + result.AlreadyThere, JsonSerializer.Serialize(result), ct);
    }
}
