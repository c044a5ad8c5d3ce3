namespace Depot.Preservation.Upload;

/// <summary>
/// Where an unfinished resumable upload keeps its bytes: <c>work/uploads/{sessionId}</c>, outside the
/// replica stores, so a half-received file can never be mistaken for a stored one.
/// </summary>
public static class UploadFolder
{
    public static string Root(PreservationPaths paths) => Path.Combine(paths.WorkDirectory, "uploads");

    public static string FileOf(PreservationPaths paths, Guid sessionId) => Path.Combine(Root(paths), sessionId.ToString("N"));

    /// <summary>Removes the bytes of a session; a file already gone is fine.</summary>
    public static void Remove(PreservationPaths paths, Guid sessionId)
    {
        try
        {
            File.Delete(FileOf(paths, sessionId));
        }
        catch (IOException)
        {
            // Still open by a chunk being aborted: the expiry sweep removes it later.
        }
    }
}
