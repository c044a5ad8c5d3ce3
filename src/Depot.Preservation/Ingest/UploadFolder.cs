namespace Depot.Preservation.Ingest;

/// <summary>
/// Where a resumable upload's bytes wait until the last chunk arrives: <c>work/uploads/{organisation}/{session}.part</c>
/// (one file per <c>UploadSession</c>, appended in order). The expiry sweep of the purge job removes
/// the file of a session that expired; nothing else reads this folder.
/// </summary>
public sealed class UploadFolder(PreservationPaths paths)
{
    public string Root => Path.Combine(paths.WorkDirectory, "uploads");

    /// <summary>The temporary file of one upload session (its folder is created on demand).</summary>
    public string PartFile(long organisationId, Guid sessionId)
    {
        var folder = Path.Combine(Root, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, sessionId.ToString("N") + ".part");
    }

    /// <summary>Removes a session's temporary file if it is there.</summary>
    public void Remove(long organisationId, Guid sessionId) => File.Delete(PartFile(organisationId, sessionId));
}
