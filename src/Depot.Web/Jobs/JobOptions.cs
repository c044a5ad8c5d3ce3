namespace Depot.Web.Jobs;

/// <summary>The job worker's timing (configuration section <c>Depot:Jobs</c>, e.g. <c>Depot__Jobs__PollInterval=00:00:00.2</c>).</summary>
public sealed class JobOptions
{
    public const string Section = "Depot:Jobs";

    /// <summary>How long an idle worker waits before looking for work again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim holds without renewal; after that another process may take the job over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);
}
