using Depot.Storage.Records;

namespace Depot.Preservation.Files;

/// <summary>
/// Deleting and restoring a depot file (organisation admins only; the pages check the role). A
/// deleted file is hidden at once, recorded as a PREMIS deletion event, and its bytes are kept for
/// <see cref="PreservationOptions.DeletionGracePeriod"/> before the purge removes them; until then
/// it can be restored.
/// </summary>
public interface IFileDeletion
{
    /// <summary>False when the organisation has no such file, or it is already deleted.</summary>
    Task<bool> DeleteAsync(long organisationId, long fileId, string reason, Actor actor, CancellationToken ct);

    /// <summary>False when there is no deleted, not yet purged file with this id.</summary>
    Task<bool> RestoreAsync(long organisationId, long fileId, Actor actor, CancellationToken ct);
}
