namespace Depot.Preservation.Replicas;

/// <summary>The replica stores in force, in configured order, built once from <see cref="PreservationPaths.Replicas"/>.</summary>
public sealed class ReplicaSet : IDisposable
{
    public ReplicaSet(PreservationPaths paths) : this(paths.Replicas.Select(Create).ToList())
    {
    }

    internal ReplicaSet(IReadOnlyList<IReplicaStore> stores)
    {
        if (stores.Count == 0) throw new ArgumentException("A replica set needs at least one store.", nameof(stores));
        Stores = stores;
    }

    public IReadOnlyList<IReplicaStore> Stores { get; }

    /// <summary>The store with this configured name, or null when it is no longer configured.</summary>
    public IReplicaStore? Find(string name) => Stores.FirstOrDefault(s => s.Name == name);

    public void Dispose()
    {
        foreach (var store in Stores.OfType<IDisposable>()) store.Dispose();
    }

    private static IReplicaStore Create(ReplicaStoreOptions options) => options.Kind switch
    {
        ReplicaStoreKind.Folder => new FolderReplicaStore(options.Name, Path.GetFullPath(options.Path)),
        ReplicaStoreKind.S3 => new S3ReplicaStore(options),
        _ => throw new InvalidOperationException($"Unknown replica store kind {options.Kind}."),
    };
}
