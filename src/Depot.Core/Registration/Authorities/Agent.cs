using Depot.Core.Registration.Dating;

namespace Depot.Core.Registration.Authorities;

/// <summary>A person or organisation that made, owned, depicted or supplied something.</summary>
public sealed class Agent : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public AgentKind Kind { get; set; }

    /// <summary>Display name as the sector writes it ("Rubens, Peter Paul").</summary>
    public string Name { get; set; } = "";
    public HistoricalDate? Birth { get; set; }
    public HistoricalDate? Death { get; set; }
    public string Note { get; set; } = "";
    public List<ExternalId> ExternalIds { get; set; } = [];

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum AgentKind
{
    Person,
    Organisation,
}

/// <summary>An identifier in an external authority: VIAF, Wikidata, RKD, ULAN, GeoNames, TGN …</summary>
public sealed record ExternalId(string Scheme, string Value)
{
    public static readonly IReadOnlyDictionary<string, string> KnownSchemes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["viaf"] = "http://viaf.org/viaf/",
        ["wikidata"] = "http://www.wikidata.org/entity/",
        ["rkd"] = "https://rkd.nl/explore/artists/",
        ["ulan"] = "http://vocab.getty.edu/ulan/",
        ["geonames"] = "https://sws.geonames.org/",
        ["tgn"] = "http://vocab.getty.edu/tgn/",
        ["aat"] = "http://vocab.getty.edu/aat/",
    };

    /// <summary>The identifier as a URI where the scheme is known, else the bare value.</summary>
    public string ToUri() =>
        Value.StartsWith("http", StringComparison.Ordinal) ? Value
        : KnownSchemes.TryGetValue(Scheme, out var prefix) ? prefix + Value : Value;
}
