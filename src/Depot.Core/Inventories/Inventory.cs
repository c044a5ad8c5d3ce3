namespace Depot.Core.Inventories;

/// <summary>
/// Inventarisatie (Spectrum: Inventory): a campaign that checks whether the objects registered on
/// a location (and its sublocations) or in a chosen set are really there. The expected objects are
/// fixed when it starts; it is open until it is closed, after which nothing in it changes.
/// The per-object results live in <see cref="InventoryItem"/> rows.
/// </summary>
public sealed class Inventory : IVersionedRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The location checked; null when the campaign is over an explicit set of objects.</summary>
    public long? LocationId { get; set; }
    public bool IncludeSublocations { get; set; } = true;
    public InventoryStatus Status { get; set; } = InventoryStatus.Open;
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string ClosedBy { get; set; } = "";
    public string Note { get; set; } = "";

    // Counted when the campaign closes, so the list of campaigns needs no item rows.
    public int ExpectedCount { get; set; }
    public int FoundCount { get; set; }
    public int MissingCount { get; set; }
    public int ElsewhereCount { get; set; }
    public int UnexpectedCount { get; set; }

    /// <summary>Whether "found elsewhere" results were applied as movements at closing.</summary>
    public bool MovementsApplied { get; set; }

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public bool IsOpen => Status == InventoryStatus.Open;

    /// <summary>Refuses any change to a closed campaign.</summary>
    public void EnsureOpen()
    {
        if (!IsOpen)
            throw new DomainException("inventory.closed", "Deze inventarisatie is afgesloten en kan niet meer gewijzigd worden.",
                "This inventory is closed and can no longer be changed.");
    }

    /// <summary>Closes the campaign with the counts of its results; items still unchecked count as missing.</summary>
    public void Close(IReadOnlyCollection<InventoryItem> items, string by, DateTimeOffset at, bool movementsApplied)
    {
        EnsureOpen();
        Status = InventoryStatus.Closed;
        ClosedAt = at;
        ClosedBy = by;
        MovementsApplied = movementsApplied;
        ExpectedCount = items.Count(i => i.Expected);
        FoundCount = items.Count(i => i.Expected && i.Result == InventoryResult.Found);
        MissingCount = items.Count(i => i.Expected && i.Result is InventoryResult.Missing or InventoryResult.Unchecked);
        ElsewhereCount = items.Count(i => i.Expected && i.Result == InventoryResult.FoundElsewhere);
        UnexpectedCount = items.Count(i => !i.Expected);
    }
}

public enum InventoryStatus
{
    Open,
    Closed,
}
