using Microsoft.EntityFrameworkCore.Design;

namespace Depot.Storage.Database;

// Used by `dotnet ef migrations add` only: each engine keeps its own migrations set.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDepotDbContext>
{
    public SqliteDepotDbContext CreateDbContext(string[] args) =>
        new(DepotDatabase.SqliteOptions("Data Source=design-time.db"));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDepotDbContext>
{
    public PostgresDepotDbContext CreateDbContext(string[] args) =>
        new(DepotDatabase.PostgresOptions("Host=localhost;Database=design_time"));
}
