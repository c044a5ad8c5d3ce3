namespace Depot.Core.Inventories;

/// <summary>One object in a campaign: where it was expected, and what the registrar found.</summary>
public sealed class InventoryItem
{
    public long InventoryId { get; set; }
    public long OrganisationId { get; set; }
    public long ObjectId { get; set; }

    /// <summary>False for an object that turned up during the campaign without being on the list.</summary>
    public bool Expected { get; set; } = true;
    public long? ExpectedLocationId { get; set; }
    public InventoryResult Result { get; set; } = InventoryResult.Unchecked;

    /// <summary>Where it was found, when that differs from where it was expected.</summary>
    public long? FoundLocationId { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
    public string CheckedBy { get; set; } = "";

    /// <summary>Records what was found. Found elsewhere needs the place; found "here" needs none.</summary>
    public void Mark(Inventory campaign, InventoryResult result, long? foundLocationId, string by, DateTimeOffset at)
    {
        campaign.EnsureOpen();
        if (result == InventoryResult.Unchecked)
            throw new DomainException("inventory.result.unchecked", "Kies gevonden, niet gevonden of elders gevonden.",
                "Choose found, not found or found elsewhere.");
        if (result == InventoryResult.FoundElsewhere && foundLocationId is null)
            throw new DomainException("inventory.location.required", "Kies de standplaats waar het object gevonden werd.",
                "Choose the location where the object was found.");
        if (result == InventoryResult.FoundElsewhere && foundLocationId == ExpectedLocationId)
            throw new DomainException("inventory.location.same", "Dat is de verwachte standplaats: markeer het object als gevonden.",
                "That is the expected location: mark the object as found.");
        Result = result;
        FoundLocationId = result == InventoryResult.FoundElsewhere ? foundLocationId : null;
        CheckedAt = at;
        CheckedBy = by;
    }

    /// <summary>A discrepancy: expected but not found, or found somewhere else than registered.</summary>
    public bool IsDiscrepancy => Result is InventoryResult.Missing or InventoryResult.FoundElsewhere or InventoryResult.Unchecked || !Expected;
}

public enum InventoryResult
{
    Unchecked,
    Found,
    Missing,
    FoundElsewhere,
}
