using Depot.Core;

namespace Depot.Storage.Records;

/// <summary>The record does not exist in this organisation (or is deleted and deleted ones were not asked for).</summary>
public sealed class RecordNotFoundException(RecordType type, long id)
    : Exception($"{type} {id} was not found in this organisation.")
{
    public RecordType RecordType { get; } = type;
    public long RecordId { get; } = id;
}

/// <summary>
/// An edit was based on an older version than the one stored: somebody else changed the record
/// in between. Nothing was written; the message says who and when.
/// </summary>
public sealed class StaleEditException(RecordType type, long id, int expectedVersion, int currentVersion, string changedBy, DateTimeOffset changedAt)
    : Exception($"{type} {id} was changed by {changedBy} at {changedAt:u} (version {currentVersion}); your edit was based on version {expectedVersion}.")
{
    public RecordType RecordType { get; } = type;
    public long RecordId { get; } = id;
    public int ExpectedVersion { get; } = expectedVersion;
    public int CurrentVersion { get; } = currentVersion;
    public string ChangedBy { get; } = changedBy;
    public DateTimeOffset ChangedAt { get; } = changedAt;
}
