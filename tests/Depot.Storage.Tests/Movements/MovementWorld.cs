using Depot.Core.Locations;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Inventories;
using Depot.Storage.Movements;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Movements;

/// <summary>A store world with a small location tree: Depot Noord › Zaal 1 › Kast 3, and Atelier.</summary>
public sealed class MovementWorld
{
    private MovementWorld(StoreWorld w)
    {
        World = w;
        Movements = new MovementStore(w.Database, w.Records, TimeProvider.System);
        Inventories = new InventoryStore(w.Database, w.Records, Movements, TimeProvider.System);
    }

    public StoreWorld World { get; }
    public MovementStore Movements { get; }
    public InventoryStore Inventories { get; }
    public long Org => World.OrganisationId;
    public Location Building { get; private set; } = null!;
    public Location Room { get; private set; } = null!;
    public Location Cabinet { get; private set; } = null!;
    public Location Studio { get; private set; } = null!;

    public static async Task<MovementWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var m = new MovementWorld(await StoreWorld.CreateAsync(engine, ct));
        m.Building = await m.LocationAsync("Depot Noord", "DN", LocationKind.Building, null, ct);
        m.Room = await m.LocationAsync("Zaal 1", "DN.Z1", LocationKind.Room, m.Building.Id, ct);
        m.Cabinet = await m.LocationAsync("Kast 3", "DN.Z1.K3", LocationKind.Cabinet, m.Room.Id, ct);
        m.Studio = await m.LocationAsync("Restauratieatelier", "RA", LocationKind.Room, null, ct);
        return m;
    }

    public Task<Location> LocationAsync(string name, string code, LocationKind kind, long? parent, CancellationToken ct, long? organisationId = null) =>
        World.Records.CreateAsync(organisationId ?? Org, new Location { Name = name, Code = code, Kind = kind, ParentId = parent }, World.Registrar, ct);

    public Task<CollectionObject> ObjectAsync(string number, long? location, CancellationToken ct) =>
        World.Records.CreateAsync(Org, new CollectionObject { ObjectNumber = number, Titles = [new Title("Object " + number)], CurrentLocationId = location }, World.Registrar, ct);
}
