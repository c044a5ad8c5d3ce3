using Depot.Storage.Jobs;
using Depot.Storage.Movements;
using Depot.Web.Hosting;

namespace Depot.Web.Jobs;

/// <summary>Durable background jobs, claimed by exactly one server process through a lease.</summary>
public static class JobsModule
{
    public static IServiceCollection AddDepotJobs(this IServiceCollection services, DepotHostOptions options)
    {
        // The queue is always there (any process may enqueue); the worker only where jobs should run.
        services.AddSingleton<JobQueue>();
        services.AddSingleton<SearchReindex>();
        services.AddSingleton<IJobHandler, SearchReindexHandler>();
        services.AddSingleton<MoveObjectsJob>();
        services.AddSingleton<IJobHandler, MoveObjectsHandler>();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.Lease > TimeSpan.FromSeconds(1), "Depot:Jobs needs a positive PollInterval and a Lease above one second.")
            .ValidateOnStart();
        if (options.RunJobs)
            services.AddHostedService<JobWorker>();
        return services;
    }
}
