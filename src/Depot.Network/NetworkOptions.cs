namespace Depot.Network;

/// <summary>Settings of the harvester, section <c>Depot:Network</c>.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Depot:Network";

    /// <summary>
    /// Hosts and networks Depot may harvest although they are loopback or private addresses
    /// ("127.0.0.1", "10.0.0.0/8", "::1", "collectie.intern", or "*" for all). Empty: only public
    /// addresses — a source URL cannot make Depot call into its own network (server-side request forgery).
    /// </summary>
    public List<string> AllowedPrivateNetworks { get; set; } = [];

    /// <summary>The largest response read from a source (after decompression); a larger one stops the harvest.</summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most one request may take, from sending it to reading its last byte.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Redirects followed per request; more, or a redirect back to a URL already visited, is an error.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The shortest interval between scheduled harvests a source may ask for.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait before the first retry of a failed source; each further failure doubles it, up to <see cref="RetryMaximum"/>.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan RetryMaximum { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Consecutive failures after which a source is flagged on the health pages.</summary>
    public int FailuresBeforeFlag { get; set; } = 3;

    /// <summary>How often the scheduler looks for due sources.</summary>
    public TimeSpan SchedulerLook { get; set; } = TimeSpan.FromMinutes(1);

    public string UserAgent { get; set; } = "Depot-harvester/1.0 (+https://github.com/depot-erfgoed)";
}
