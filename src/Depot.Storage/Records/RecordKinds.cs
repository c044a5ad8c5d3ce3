using Depot.Core;
using Depot.Core.Inventories;
using Depot.Core.Locations;
using Depot.Core.Procedures;
using Depot.Core.Movements;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;

namespace Depot.Storage.Records;

internal static class RecordKinds
{
    public static RecordType Of<T>() where T : IVersionedRecord => Of(typeof(T));

    public static RecordType Of(Type type) =>
        type == typeof(CollectionObject) ? RecordType.Object
        : type == typeof(Agent) ? RecordType.Agent
        : type == typeof(Place) ? RecordType.Place
        : type == typeof(Concept) ? RecordType.Concept
        : type == typeof(Location) ? RecordType.Location
        : type == typeof(ObjectEntry) ? RecordType.ObjectEntry
        : type == typeof(ObjectAcquisition) ? RecordType.Acquisition
        : type == typeof(Loan) ? RecordType.Loan
        : type == typeof(ConditionCheck) ? RecordType.ConditionCheck
        : type == typeof(ObjectExit) ? RecordType.ObjectExit
        : type == typeof(Movement) ? RecordType.Movement
        : type == typeof(Inventory) ? RecordType.Inventory
        : throw new ArgumentException($"{type.Name} is not a versioned record type.", nameof(type));

    public static Type ClrType(RecordType type) => type switch
    {
        RecordType.Object => typeof(CollectionObject),
        RecordType.Agent => typeof(Agent),
        RecordType.Place => typeof(Place),
        RecordType.Concept => typeof(Concept),
        RecordType.Location => typeof(Location),
        RecordType.ObjectEntry => typeof(ObjectEntry),
        RecordType.Acquisition => typeof(ObjectAcquisition),
        RecordType.Loan => typeof(Loan),
        RecordType.ConditionCheck => typeof(ConditionCheck),
        RecordType.ObjectExit => typeof(ObjectExit),
        RecordType.Movement => typeof(Movement),
        RecordType.Inventory => typeof(Inventory),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
