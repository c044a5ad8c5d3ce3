namespace Depot.Core.Registration.Authorities;

/// <summary>A SKOS concept scheme (thesaurus) owned by an organisation.</summary>
public sealed class ConceptScheme
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Uri { get; set; } = "";
    public string TitleNl { get; set; } = "";
    public string TitleEn { get; set; } = "";

    /// <summary>Which fields draw their terms from this thesaurus; <see cref="ThesaurusPurpose.General"/> serves every field.</summary>
    public ThesaurusPurpose Purpose { get; set; } = ThesaurusPurpose.General;
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The field (or group of fields) a thesaurus is meant for, so pickers offer only its terms.</summary>
public enum ThesaurusPurpose
{
    General,
    ObjectName,
    Material,
    Technique,
    Subject,
    MakerRole,
    Condition,
    AcquisitionMethod,
    DimensionType,
    Reason,
}

/// <summary>A SKOS concept: a term for object names, materials, techniques, roles, conditions …</summary>
public sealed class Concept : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public long SchemeId { get; set; }

    /// <summary>The concept's own URI when it came from an external thesaurus, else empty.</summary>
    public string Uri { get; set; } = "";
    public string PrefLabelNl { get; set; } = "";
    public string PrefLabelEn { get; set; } = "";
    public List<string> AltLabels { get; set; } = [];
    public string ScopeNote { get; set; } = "";
    public long? BroaderId { get; set; }

    /// <summary>skos:exactMatch targets, such as <c>http://vocab.getty.edu/aat/300015050</c>.</summary>
    public List<string> ExactMatches { get; set; } = [];

    /// <summary>skos:closeMatch targets: near, not identical, concepts in other thesauri.</summary>
    public List<string> CloseMatches { get; set; } = [];

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public string Label(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && PrefLabelEn.Length > 0 ? PrefLabelEn : PrefLabelNl;

    public bool IsLinkedToAat => ExactMatches.Any(m => m.Contains("vocab.getty.edu/aat/", StringComparison.Ordinal));
}
