using Depot.Web.Hosting;

namespace Depot.Web.Jobs;

/// <summary>Durable background jobs, claimed by exactly one server process through a lease.</summary>
public static class JobsModule
{
    public static IServiceCollection AddDepotJobs(this IServiceCollection services, DepotHostOptions options)
    {
        _ = options;
        return services;
    }
}
