using Depot.Storage.Completeness;
using Depot.Storage.Database;
using Depot.Storage.Lookup;
using Depot.Storage.Inventories;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Depot.Storage.Search;
using Depot.Web.Identity;
using Depot.Web.Organisations;
using Microsoft.AspNetCore.DataProtection;

namespace Depot.Web.Hosting;

public static class StorageModule
{
    /// <summary>The database, the stores and the identity services, shared by the web host and the CLI.</summary>
    public static IServiceCollection AddDepotStorage(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new DepotDatabase(target));
        services.AddScoped(sp => sp.GetRequiredService<DepotDatabase>().CreateContext());
        services.AddSingleton<RecordStore>();
        services.AddSingleton<HistoryStore>();
        services.AddSingleton<ObjectSearch>();
        services.AddSingleton<Depot.Storage.Procedures.ProcedureQueries>();
        services.AddSingleton<AuthorityLookup>();
        services.AddSingleton<CompletenessStats>();
        services.AddSingleton<MovementStore>();
        services.AddSingleton<InventoryStore>();
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<OrganisationAccess>();
        return services;
    }

    /// <summary>Keys in the database, so every server process on one database reads every other's cookies.</summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Depot").PersistKeysToDbContext<DepotDbContext>();
        return services;
    }
}
