namespace Depot.Network;

/// <summary>The kinds of durable background job the network runs (see <c>Depot.Storage.Jobs.JobQueue</c>).</summary>
public static class NetworkJobs
{
    /// <summary>Harvest one source from its saved state; payload <c>{"sourceId": 3, "onDemand": true, "startedBy": "…"}</c>.</summary>
    public const string Harvest = "network.harvest";
}
