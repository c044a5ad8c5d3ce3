using Depot.Storage.Database;

namespace Depot.Preservation.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Default_replicas_are_two_folders_beside_the_sqlite_database()
    {
        var folder = Path.Combine(Path.GetTempPath(), "depot-paths-" + Guid.NewGuid().ToString("N"));
        var paths = new PreservationPaths(new PreservationOptions(), new DatabaseTarget(DatabaseEngine.Sqlite, $"Data Source={Path.Combine(folder, "depot.db")}"));

        Assert.Equal(["local-a", "local-b"], paths.Replicas.Select(r => r.Name));
        Assert.All(paths.Replicas, r => Assert.StartsWith(Path.Combine(folder, "depot"), r.Path, StringComparison.Ordinal));
        Assert.NotEqual(paths.Replicas[0].Path, paths.Replicas[1].Path);
    }

    [Fact]
    public void One_configured_replica_is_refused_with_the_setting_named()
    {
        var options = new PreservationOptions { Replicas = [new ReplicaStoreOptions { Name = "only", Path = "/tmp/x" }] };

        var error = Assert.Throws<InvalidOperationException>(() => PreservationModule.Validate(options));
        Assert.Contains("Depot:Preservation:Replicas", error.Message, StringComparison.Ordinal);
    }
}
