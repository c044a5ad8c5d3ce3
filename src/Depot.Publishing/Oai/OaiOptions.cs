using Microsoft.Extensions.Configuration;

namespace Depot.Publishing.Oai;

/// <summary>What Identify says about the repository (section <c>Depot:Publishing:Oai</c>).</summary>
internal sealed record OaiOptions
{
    public const string Section = PublishingOptions.Section + ":Oai";

    public string RepositoryName { get; init; } = "Depot";

    /// <summary>Who answers harvesters' questions; Identify requires at least one address.</summary>
    public string AdminEmail { get; init; } = "oai@depot.invalid";

    /// <summary>
    /// The aggregator named as <c>edm:provider</c> in EDM records (Europeana requires one); empty
    /// names the repository itself, which is right when Depot delivers to Europeana directly.
    /// </summary>
    public string EuropeanaProvider { get; init; } = "";

    public static OaiOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new OaiOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}
