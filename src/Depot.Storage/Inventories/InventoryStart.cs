using Depot.Core.Inventories;

namespace Depot.Storage.Inventories;

/// <summary>
/// What a new campaign checks: the objects on <paramref name="LocationId"/> (and below it when
/// <paramref name="IncludeSublocations"/>), or else exactly <paramref name="ObjectIds"/>.
/// </summary>
public sealed record InventoryStart(string Name, long? LocationId, bool IncludeSublocations = true,
    IReadOnlyCollection<long>? ObjectIds = null, string Note = "");

/// <summary>An item with what a registrar needs to recognise the object.</summary>
public sealed record InventoryLine(InventoryItem Item, string ObjectNumber, string Title, long? ObjectNameId, bool ObjectDeleted);
