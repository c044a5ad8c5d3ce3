namespace Depot.Core.Movements;

/// <summary>
/// Verplaatsing (Spectrum: Location and movement control): one object went from one location to
/// another at a moment, for a reason, by a person. A record of its own with its own history; the
/// object's current location is changed in the same transaction.
/// </summary>
public sealed class Movement : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public long ObjectId { get; set; }

    /// <summary>Where the object was before the move; null when it had no location yet.</summary>
    public long? FromLocationId { get; set; }
    public long ToLocationId { get; set; }

    /// <summary>When the object was moved (not when it was registered): may be earlier than the record.</summary>
    public DateTimeOffset MovedAt { get; set; }
    public MovementReason Reason { get; set; } = MovementReason.Storage;

    /// <summary>The person who moved it, as written in the history.</summary>
    public string MovedBy { get; set; } = "";
    public string Note { get; set; } = "";

    /// <summary>The inventory campaign that caused this move, if any.</summary>
    public long? InventoryId { get; set; }

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>Why an object moved: a fixed list, after the reasons Spectrum names.</summary>
public enum MovementReason
{
    Storage,
    Exhibition,
    Restoration,
    Inventory,
    Loan,
    Photography,
    Research,
    Return,
    Other,
}
