namespace Depot.Storage.Records;

/// <summary>
/// The object was harvested from an external source, which is its truth: nobody changes or deletes it in Depot,
/// only the harvester. Nothing was written; the message names the source so people know where to change it.
/// </summary>
public sealed class HarvestedReadOnlyException(long objectId, string sourceName)
    : Exception($"Object {objectId} is harvested from ‘{sourceName}’ and read-only in Depot; change it at the source.")
{
    public long ObjectId { get; } = objectId;
    public string SourceName { get; } = sourceName;

    public string Nl => $"Dit object is geoogst uit ‘{SourceName}’ en is alleen-lezen in Depot; wijzig het in de bron.";
    public string En => $"This object is harvested from ‘{SourceName}’ and is read-only in Depot; change it at the source.";
}
