using System.Text.Json;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

/// <summary>The payload of a <see cref="NetworkJobs.Harvest"/> job.</summary>
public sealed record HarvestJobPayload(long SourceId, bool OnDemand, string StartedBy)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static HarvestJobPayload? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<HarvestJobPayload>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Queues harvests, at most one queued or running per source, whoever asks (the schedule or a person).</summary>
public sealed class HarvestJobs(DepotDatabase database, JobQueue jobs)
{
    /// <summary>Queues a harvest of the source, or returns the harvest of it already queued or running.</summary>
    public async Task<BackgroundJob> EnqueueAsync(long organisationId, long sourceId, bool onDemand, string startedBy, CancellationToken ct)
    {
        if (await ActiveJobAsync(organisationId, sourceId, ct) is { } active) return active;
        return await jobs.EnqueueAsync(NetworkJobs.Harvest, organisationId, new HarvestJobPayload(sourceId, onDemand, startedBy).ToJson(), ct);
    }

    public async Task<BackgroundJob?> ActiveJobAsync(long organisationId, long sourceId, CancellationToken ct) =>
        (await ActiveAsync(ct)).FirstOrDefault(a => a.Job.OrganisationId == organisationId && a.SourceId == sourceId).Job;

    /// <summary>Harvest jobs queued or running now, with their source. There are few: one per source at most.</summary>
    public async Task<IReadOnlyList<(BackgroundJob Job, long SourceId)>> ActiveAsync(CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var active = await db.Jobs.AsNoTracking()
            .Where(j => j.Kind == NetworkJobs.Harvest && (j.State == JobState.Queued || j.State == JobState.Running)).ToListAsync(ct);
        return active.Select(j => (j, HarvestJobPayload.Parse(j.Payload)?.SourceId ?? 0)).Where(a => a.Item2 > 0).ToList();
    }

    /// <summary>A harvest job of the organisation (never another organisation's).</summary>
    public async Task<BackgroundJob?> FindAsync(long organisationId, long jobId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.OrganisationId == organisationId && j.Kind == NetworkJobs.Harvest, ct);
    }
}
