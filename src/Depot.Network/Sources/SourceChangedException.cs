namespace Depot.Network.Sources;

/// <summary>Somebody saved the registration after the version the edit was based on; nothing was overwritten.</summary>
public sealed class SourceChangedException(long sourceId, int expectedVersion, int currentVersion, DateTimeOffset changedAt)
    : Exception($"Source {sourceId} was changed at {changedAt:u} (version {currentVersion}); the edit was based on version {expectedVersion}.")
{
    public long SourceId { get; } = sourceId;
    public int ExpectedVersion { get; } = expectedVersion;
    public int CurrentVersion { get; } = currentVersion;
    public DateTimeOffset ChangedAt { get; } = changedAt;

    public string Nl => $"Iemand anders heeft deze bron intussen gewijzigd (versie {CurrentVersion}). Laad ze opnieuw en breng uw wijziging opnieuw aan; er werd niets overschreven.";

    public string En => $"Somebody else changed this source meanwhile (version {CurrentVersion}). Reload it and make your change again; nothing was overwritten.";
}
