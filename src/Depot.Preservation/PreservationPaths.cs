using Depot.Storage.Database;

namespace Depot.Preservation;

/// <summary>
/// Where the depot keeps things on disk when the settings do not say: beside the SQLite database
/// (<c>depot/</c> next to <c>depot.db</c>), or under <c>data/depot</c> for PostgreSQL.
/// </summary>
public sealed class PreservationPaths
{
    public PreservationPaths(PreservationOptions options, DatabaseTarget database)
    {
        Root = Path.GetFullPath(database.SqliteFile is { } file && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder
            ? Path.Combine(folder, "depot")
            : Path.Combine("data", "depot"));
        WorkDirectory = Path.GetFullPath(options.WorkDirectory.Length > 0 ? options.WorkDirectory : Path.Combine(Root, "work"));
        Replicas = options.Replicas.Count > 0
            ? options.Replicas
            :
            [
                new ReplicaStoreOptions { Name = "local-a", Kind = ReplicaStoreKind.Folder, Path = Path.Combine(Root, "replica-a") },
                new ReplicaStoreOptions { Name = "local-b", Kind = ReplicaStoreKind.Folder, Path = Path.Combine(Root, "replica-b") },
            ];
    }

    /// <summary>The depot's default folder.</summary>
    public string Root { get; }

    /// <summary>Uploads in progress, derivatives, package staging.</summary>
    public string WorkDirectory { get; }

    /// <summary>The replica stores in force (the configured ones, or the two default folders).</summary>
    public IReadOnlyList<ReplicaStoreOptions> Replicas { get; }

    /// <summary>Derivatives (thumbnail, web size, pyramid) of a content: <c>work/derivatives/ab/abcdef…/</c>.</summary>
    public string DerivativesOf(string sha256) => Path.Combine(WorkDirectory, "derivatives", sha256[..2], sha256);
}
