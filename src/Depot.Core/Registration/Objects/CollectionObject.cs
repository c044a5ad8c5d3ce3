using Depot.Core.Registration.Dating;

namespace Depot.Core.Registration.Objects;

/// <summary>
/// A collection object with the fields of the Flemish <i>Basisregistratie</i> profile
/// (Invulboek Objecten). Terms, agents, places and locations are references to authority
/// records, never loose text.
/// </summary>
public sealed class CollectionObject : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }

    /// <summary>Objectnummer: unique within the organisation.</summary>
    public string ObjectNumber { get; set; } = "";

    /// <summary>Objectnaam: a concept.</summary>
    public long? ObjectNameId { get; set; }

    public List<Title> Titles { get; set; } = [];
    public string ShortDescription { get; set; } = "";
    public int? NumberOfParts { get; set; }
    public List<MakerCredit> Makers { get; set; } = [];
    public HistoricalDate? Dating { get; set; }
    public List<long> MaterialIds { get; set; } = [];
    public List<long> TechniqueIds { get; set; } = [];
    public List<Dimension> Dimensions { get; set; } = [];
    public long? ConditionId { get; set; }
    public string ConditionNote { get; set; } = "";
    public Acquisition? Acquisition { get; set; }
    public long? CurrentLocationId { get; set; }
    public long? PermanentLocationId { get; set; }
    public List<SubjectReference> Subjects { get; set; } = [];
    public List<Inscription> Inscriptions { get; set; } = [];
    public Rights Rights { get; set; } = Rights.None;
    public PublicationStatus PublicationStatus { get; set; } = PublicationStatus.Internal;

    /// <summary>Source fields kept verbatim by an import (Depot has no field for them); read-only, kept through edits.</summary>
    public List<SourceField> SourceFields { get; set; } = [];

    /// <summary>Set by the procedures (entry, acquisition, exit), shown read-only on the object.</summary>
    public CollectionStatus CollectionStatus { get; set; } = CollectionStatus.InCollection;

    /// <summary>Set by the digital depot once a file is linked; a search facet from the start.</summary>
    public bool HasImage { get; set; }

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>The preferred title (first preferred, else the first), or empty.</summary>
    public string PreferredTitle =>
        (Titles.FirstOrDefault(t => t.Type == TitleType.Preferred) ?? Titles.FirstOrDefault())?.Text ?? "";
}

public enum PublicationStatus
{
    Internal,
    Public,
}

public enum TitleType
{
    Preferred,
    Alternate,
}

public sealed record Title(string Text, string Language = "nl", TitleType Type = TitleType.Preferred);

/// <summary>Vervaardiger: an agent with a role (schilder, ontwerper) and a qualifier ("atelier van", "kopie naar").</summary>
public sealed record MakerCredit(long AgentId, string Role = "", string Qualifier = "");

/// <summary>Afmeting: type (hoogte), value, unit (cm) and the part measured ("met lijst").</summary>
public sealed record Dimension(string Type, decimal Value, string Unit, string Part = "");

/// <summary>Verwerving: method (a concept), source (an agent), date and its text.</summary>
public sealed record Acquisition(long? MethodId, long? SourceAgentId, DateOnly? Date, string Note = "");

public enum SubjectKind
{
    /// <summary>Hoofdmotief: a concept the object is about.</summary>
    MainMotif,
    DepictedConcept,
    DepictedAgent,
    DepictedPlace,
}

/// <summary>A subject or depiction: a reference to a concept, agent or place.</summary>
public sealed record SubjectReference(SubjectKind Kind, long RecordId);

public sealed record Inscription(string Type, string Text, string Position = "", string Language = "");

/// <summary>Rights on the object's data and images: a licence URI or statement, the holder, a credit line.</summary>
public sealed record Rights(string Licence, string Holder, string CreditLine)
{
    public static Rights None { get; } = new("", "", "");
}
