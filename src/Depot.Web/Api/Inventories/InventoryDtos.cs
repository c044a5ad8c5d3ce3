using Depot.Core.Inventories;
using Depot.Storage.Inventories;

namespace Depot.Web.Api.Inventories;

/// <summary>A new campaign over a location (and below it), or over an explicit list of objects.</summary>
public sealed record InventoryInput(string? Name, long? LocationId, bool IncludeSublocations = true, List<long>? ObjectIds = null, string? Note = null);

/// <summary>A result for one object, named by id or by number (as typed or scanned).</summary>
public sealed record MarkInput(long? ObjectId, string? ObjectNumber, InventoryResult Result = InventoryResult.Found, long? FoundLocationId = null);

public sealed record CloseInput(bool ApplyMovements = false, int? Version = null);

public sealed record InventoryOutput(
    long Id, int Version, string Name, long? LocationId, bool IncludeSublocations, InventoryStatus Status, DateTimeOffset StartedAt,
    DateTimeOffset? ClosedAt, string ClosedBy, string Note, int ExpectedCount, int FoundCount, int MissingCount, int ElsewhereCount,
    int UnexpectedCount, bool MovementsApplied)
{
    public static InventoryOutput From(Inventory i) => new(i.Id, i.Version, i.Name, i.LocationId, i.IncludeSublocations, i.Status, i.StartedAt,
        i.ClosedAt, i.ClosedBy, i.Note, i.ExpectedCount, i.FoundCount, i.MissingCount, i.ElsewhereCount, i.UnexpectedCount, i.MovementsApplied);
}

public sealed record InventoryItemOutput(long ObjectId, string ObjectNumber, string Title, bool Expected, long? ExpectedLocationId,
    InventoryResult Result, long? FoundLocationId, DateTimeOffset? CheckedAt, string CheckedBy)
{
    public static InventoryItemOutput From(InventoryLine l) => new(l.Item.ObjectId, l.ObjectNumber, l.Title, l.Item.Expected,
        l.Item.ExpectedLocationId, l.Item.Result, l.Item.FoundLocationId, l.Item.CheckedAt, l.Item.CheckedBy);
}
