namespace Depot.Web.Demo;

/// <summary>Seeds the demo organisation, its accounts, thesauri, agents, locations and objects (idempotent).</summary>
public static class DemoSeeder
{
    public const int DefaultObjectCount = 600;

    public static Task SeedAsync(IServiceProvider services, int objectCount, CancellationToken ct)
    {
        _ = services;
        _ = objectCount;
        throw new NotImplementedException("Demo seeding is being built: see the demo-data work item.");
    }
}
