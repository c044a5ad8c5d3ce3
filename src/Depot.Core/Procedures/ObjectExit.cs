namespace Depot.Core.Procedures;

/// <summary>Objectuitstroom and afstoting: objects leave the collection; their records stay, marked as exited.</summary>
public sealed class ObjectExit : IProcedure
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Number { get; set; } = "";
    public ExitReason Reason { get; set; } = ExitReason.Deaccession;
    public DateOnly? ExitDate { get; set; }

    /// <summary>Who authorised the exit (e.g. "Raad van bestuur"), when, and the decision's reference.</summary>
    public string AuthorisedBy { get; set; } = "";
    public DateOnly? AuthorisationDate { get; set; }
    public string AuthorisationReference { get; set; } = "";

    /// <summary>Where the objects go: an agent, and/or a description.</summary>
    public long? RecipientId { get; set; }
    public string Destination { get; set; } = "";
    public List<long> ObjectIds { get; set; } = [];
    public string Note { get; set; } = "";
    public ExitStatus Status { get; set; } = ExitStatus.Planned;

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? ProcedureDate => ExitDate ?? AuthorisationDate;
}

public enum ExitReason
{
    /// <summary>Afstoting: formally removed from the collection (transfer, sale, destruction).</summary>
    Deaccession,
    ReturnToOwner,
    Transfer,
    Destruction,
    Other,
}

public enum ExitStatus
{
    Planned,
    Completed,
    Cancelled,
}
