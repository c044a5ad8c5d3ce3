using Depot.Core.Registration.Objects;

namespace Depot.Core.Publishing;

/// <summary>
/// What the world may see of a collection object: the one shape every public route (portal,
/// linked data, LDES, OAI-PMH, IIIF, sitemap) renders from. Internal fields — acquisition
/// (source, method, date), condition, locations, valuation, insurance, loan terms, kept source
/// fields — have no place here, so no public output can carry them. Authority references are
/// resolved to their public labels and identifiers at the moment of publication.
/// </summary>
public sealed record PublicObject
{
    /// <summary>The object's id: its key in the persistent URI (<c>{base}/id/object/{Id}</c>); never reused.</summary>
    public required long Id { get; init; }
    public required PublicOrganisation Organisation { get; init; }
    public required string ObjectNumber { get; init; }
    public IReadOnlyList<Title> Titles { get; init; } = [];
    public string ShortDescription { get; init; } = "";
    public int? NumberOfParts { get; init; }
    public PublicTerm? ObjectName { get; init; }
    public IReadOnlyList<PublicMaker> Makers { get; init; } = [];
    public PublicDating? Dating { get; init; }
    public IReadOnlyList<PublicTerm> Materials { get; init; } = [];
    public IReadOnlyList<PublicTerm> Techniques { get; init; } = [];
    public IReadOnlyList<Dimension> Dimensions { get; init; } = [];
    public IReadOnlyList<PublicSubject> Subjects { get; init; } = [];
    public IReadOnlyList<Inscription> Inscriptions { get; init; } = [];
    public Rights Rights { get; init; } = Rights.None;
    public IReadOnlyList<PublicImage> Images { get; init; } = [];

    /// <summary>Set when the object was harvested from another system: that system is its source, and the linked data says so.</summary>
    public PublicProvenance? Provenance { get; init; }

    /// <summary>The registration version this snapshot was made from.</summary>
    public int Version { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The preferred title (first preferred, else the first), or the object name, or the number.</summary>
    public string DisplayTitle =>
        (Titles.FirstOrDefault(t => t.Type == TitleType.Preferred) ?? (Titles.Count > 0 ? Titles[0] : null))?.Text
        ?? ObjectName?.LabelNl ?? ObjectNumber;
}

/// <summary>The holding institution as published (its slug is the key of its URI).</summary>
public sealed record PublicOrganisation(long Id, string Slug, string Name, string Kind, string City);

/// <summary>
/// A thesaurus concept as published: its labels and the URIs that identify it elsewhere
/// (its own <see cref="Uri"/> when imported from an external thesaurus, and skos:exactMatch targets).
/// </summary>
public sealed record PublicTerm(long Id, string LabelNl, string LabelEn, string Uri, IReadOnlyList<string> ExactMatches)
{
    public string Label(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && LabelEn.Length > 0 ? LabelEn : LabelNl;
}

/// <summary>A person or organisation as published: name, life dates as written, external identifiers as URIs.</summary>
public sealed record PublicAgent(long Id, string Name, bool IsPerson, string Birth, string Death, IReadOnlyList<string> SameAs);

/// <summary>A place as published.</summary>
public sealed record PublicPlace(long Id, string Name, double? Latitude, double? Longitude, IReadOnlyList<string> SameAs);

/// <summary>Vervaardiger: the agent with role and qualifier as labels (roles are concepts or free text).</summary>
public sealed record PublicMaker(PublicAgent Agent, string Role, string Qualifier);

/// <summary>Datering: the text as written and its normalised range, with the EDTF form.</summary>
public sealed record PublicDating(string Text, int? Earliest, int? Latest, string Edtf);

/// <summary>Hoofdmotief or afgebeeld: exactly one of concept, agent and place is set, after <see cref="Kind"/>.</summary>
public sealed record PublicSubject(SubjectKind Kind, PublicTerm? Concept, PublicAgent? Agent, PublicPlace? Place)
{
    public string Label(string language) => Concept?.Label(language) ?? Agent?.Name ?? Place?.Name ?? "";
}

/// <summary>
/// An image of the object that may be shown (its bytes are served at a public route by id). When the
/// digital depot keeps it and its pyramid is made, <see cref="ImageServiceId"/> is the depot file's id
/// in the IIIF Image API (<c>/iiif/3/{id}</c>); nothing else of the depot file is public.
/// </summary>
public sealed record PublicImage(long Id, string MediaType, int Width, int Height, string Caption, long? ImageServiceId = null);

/// <summary>
/// Where a harvested object comes from: the source as its organisation named it, its address, the record's
/// identifier and version there, and when Depot harvested that version.
/// </summary>
public sealed record PublicProvenance(string SourceName, string SourceUrl, string SourceIdentifier, string SourceVersion, DateTimeOffset HarvestedAt);
