namespace Depot.Core.Procedures;

/// <summary>Objectinstroom: objects arrive (to be acquired, on loan, for an enquiry) and are recorded on entry.</summary>
public sealed class ObjectEntry : IProcedure
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Number { get; set; } = "";

    /// <summary>Who brought or sent the objects (inbrenger).</summary>
    public long? DepositorId { get; set; }
    public EntryReason Reason { get; set; } = EntryReason.GiftOffer;
    public DateOnly EntryDate { get; set; }
    public DateOnly? ExpectedReturnDate { get; set; }
    public List<long> ObjectIds { get; set; } = [];
    public string Note { get; set; } = "";
    public EntryStatus Status { get; set; } = EntryStatus.Open;

    /// <summary>
    /// Numbers of objects to register with this entry as new records in status
    /// <see cref="Registration.Objects.CollectionStatus.Entered"/>; used once when saving, never stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public List<string> NewObjectNumbers { get; set; } = [];

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? ProcedureDate => EntryDate;
}

public enum EntryReason
{
    GiftOffer,
    PurchaseOffer,
    Bequest,
    Loan,
    Enquiry,
    Identification,
    Other,
}

public enum EntryStatus
{
    Open,
    Closed,
}
