using Microsoft.Extensions.Configuration;

namespace Depot.Publishing;

/// <summary>Settings of the public routes (section <c>Depot:Publishing</c>).</summary>
public sealed record PublishingOptions
{
    public const string Section = "Depot:Publishing";

    /// <summary>
    /// The base of every persistent URI (<c>{BaseUri}/id/object/42</c>). It is part of the data:
    /// set it once to the public address and never change it. Default: the local address.
    /// </summary>
    public Uri BaseUri { get; init; } = new("http://localhost:5080");

    /// <summary>Members per LDES page; a page that is full never changes again.</summary>
    public int LdesPageSize { get; init; } = 250;

    /// <summary>LDES retention: how long member versions stay in the stream's view (null keeps all).</summary>
    public TimeSpan? LdesRetention { get; init; }

    /// <summary>
    /// Records per OAI-PMH list response before a resumption token. Each response costs a few
    /// queries and a round trip besides its records, so larger pages harvest faster; 500 records
    /// are about 0.6 MB of oai_dc or 0.8 MB of EDM.
    /// </summary>
    public int OaiPageSize { get; init; } = 500;

    /// <summary>Requests per client per window on public routes before 429 with Retry-After.</summary>
    public int RateLimitPermits { get; init; } = 600;
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the background worker brings the public feed up to date.</summary>
    public TimeSpan CatchUpInterval { get; init; } = TimeSpan.FromSeconds(2);

    public static PublishingOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new PublishingOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}
