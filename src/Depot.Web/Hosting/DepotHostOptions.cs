using Depot.Storage.Database;

namespace Depot.Web.Hosting;

/// <summary>How a Depot server process is started: where its data is, whether it seeds demo data, where it listens.</summary>
public sealed record DepotHostOptions
{
    public DatabaseTarget Database { get; init; } = DatabaseTarget.Sqlite(DatabaseTarget.DefaultSqlitePath);

    /// <summary>Demo mode seeds a demo organisation with objects and lists demo accounts on the sign-in page.</summary>
    public bool Demo { get; init; }

    /// <summary>Apply pending migrations on start (the default for the embedded SQLite database).</summary>
    public bool MigrateOnStart { get; init; } = true;

    public string Urls { get; init; } = "http://localhost:5080";

    /// <summary>A name for this process in job leases and logs (several processes may serve one database).</summary>
    public string InstanceName { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Run the background job worker in this process.</summary>
    public bool RunJobs { get; init; } = true;

    /// <summary>
    /// Reads options from configuration keys and environment (DEPOT_DATABASE, DEPOT_DEMO, DEPOT_URLS):
    /// what <c>dotnet run</c> and the test host use when the CLI did not set them.
    /// </summary>
    public static DepotHostOptions FromConfiguration(IConfiguration configuration)
    {
        var database = configuration["Depot:Database"] ?? configuration["DEPOT_DATABASE"];
        var target = DatabaseTarget.Parse(database);
        return new DepotHostOptions
        {
            Database = target,
            Demo = IsTrue(configuration["Depot:Demo"] ?? configuration["DEPOT_DEMO"]),
            MigrateOnStart = target.Engine == DatabaseEngine.Sqlite || IsTrue(configuration["Depot:Migrate"] ?? configuration["DEPOT_MIGRATE"]),
            Urls = configuration["Depot:Urls"] ?? configuration["DEPOT_URLS"] ?? "http://localhost:5080",
        };
    }

    private static bool IsTrue(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
