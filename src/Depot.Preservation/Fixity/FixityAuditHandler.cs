using System.Text.Json;
using Depot.Storage.Jobs;

namespace Depot.Preservation.Fixity;

/// <summary>Runs <c>preservation.fixity</c>; payload <c>{"organisationId": 3, "fraction": 1}</c> (both optional: the whole depot, every copy).</summary>
internal sealed class FixityAuditHandler(FixityAuditor auditor) : IJobHandler
{
    public string Kind => PreservationJobs.FixityAudit;

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<Payload>(job.Payload, JsonSerializerOptions.Web) ?? new Payload(null, 1);
        var audit = await auditor.RunAsync(payload.OrganisationId ?? job.OrganisationId, payload.Fraction ?? 1, job.Id, progress, ct);
        progress.Result = JsonSerializer.Serialize(new
        {
            auditId = audit.Id,
            audit.ContentsChecked,
            audit.ReplicasChecked,
            audit.BytesChecked,
            audit.Failures,
            audit.Repairs,
            audit.Unrepairable,
        }, JsonSerializerOptions.Web);
    }

    private sealed record Payload(long? OrganisationId, int? Fraction);
}
