namespace Depot.Core.Registration.Objects;

/// <summary>
/// Whether an object belongs to the collection. Set by the procedures: an object entry can register
/// an object before it is acquired (<see cref="Entered"/>), a completed acquisition makes it
/// <see cref="InCollection"/>, a completed exit makes it <see cref="Exited"/>. The record always stays.
/// </summary>
public enum CollectionStatus
{
    /// <summary>The default (and the value of every object that existed before procedures).</summary>
    InCollection,

    /// <summary>In behandeling: entered the building, not (yet) part of the collection.</summary>
    Entered,

    /// <summary>Uitgestroomd or afgestoten: no longer in the collection; the record is kept.</summary>
    Exited,
}
