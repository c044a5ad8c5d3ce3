namespace Depot.Core;

/// <summary>The kinds of versioned record; their names appear in routes, URIs and history.</summary>
public enum RecordType
{
    Object,
    Agent,
    Place,
    Concept,
    Location,

    // Spectrum procedures: each is a record of its own with its own history.
    ObjectEntry,
    Acquisition,
    Movement,
    Inventory,
    Loan,
    ConditionCheck,
    ObjectExit,
}
