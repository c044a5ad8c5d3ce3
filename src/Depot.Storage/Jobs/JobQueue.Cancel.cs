using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Jobs;

/// <summary>Cancelling: a queued job is never claimed; a running one loses its hold at its next progress report or lease renewal.</summary>
public sealed partial class JobQueue
{
    /// <summary>Cancels a queued or running job of the organisation; false when it had already finished (or is not theirs).</summary>
    public async Task<bool> CancelAsync(long organisationId, long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        return await db.Jobs.Where(j => j.Id == id && j.OrganisationId == organisationId && (j.State == JobState.Queued || j.State == JobState.Running))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Cancelled)
                .SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(j => j.FinishedAt, now), ct) == 1;
    }
}
