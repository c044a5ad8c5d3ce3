namespace Depot.Core.Procedures;

/// <summary>Verwerving: the organisation takes title to objects; completing it makes them collection objects.</summary>
public sealed class ObjectAcquisition : IProcedure
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Number { get; set; } = "";

    /// <summary>Verwervingsmethode: a concept (schenking, aankoop, legaat …).</summary>
    public long? MethodId { get; set; }

    /// <summary>Verworven van: the previous owner.</summary>
    public long? SourceId { get; set; }
    public DateOnly? Date { get; set; }
    public Money? Price { get; set; }

    /// <summary>Who paid, e.g. "Vlaamse Gemeenschap, topstukkenfonds".</summary>
    public string Funding { get; set; } = "";

    /// <summary>Reference of the transfer-of-title document (schenkingsakte, factuur).</summary>
    public string TitleTransferReference { get; set; } = "";

    /// <summary>The object entries this acquisition follows; their objects are included.</summary>
    public List<long> EntryIds { get; set; } = [];
    public List<long> ObjectIds { get; set; } = [];
    public string Note { get; set; } = "";
    public AcquisitionStatus Status { get; set; } = AcquisitionStatus.Proposed;

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? ProcedureDate => Date;
}

public enum AcquisitionStatus
{
    Proposed,
    Completed,
    Cancelled,
}
