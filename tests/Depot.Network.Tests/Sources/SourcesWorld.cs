using Depot.Core.Network;
using Depot.Core.Organisations;
using Depot.Network.Harvesting;
using Depot.Network.Sources;
using Depot.Storage.Database;
using Depot.Storage.Importing.Mappings;
using Depot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Depot.Network.Tests.Sources;

/// <summary>A fresh database with two organisations, the sources store, the harvest job and schedule on a clock the test moves.</summary>
internal sealed class SourcesWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;

    private SourcesWorld(ServiceProvider services, long ours, long theirs)
    {
        this.services = services;
        Ours = ours;
        Theirs = theirs;
    }

    public long Ours { get; }
    public long Theirs { get; }
    public ManualClock Clock => services.GetRequiredService<ManualClock>();
    public NetworkOptions Options => services.GetRequiredService<NetworkOptions>();
    public DepotDatabase Database => services.GetRequiredService<DepotDatabase>();
    public SourceStore Store => services.GetRequiredService<SourceStore>();
    public HarvestRunner Runner => services.GetRequiredService<HarvestRunner>();
    public HarvestJobs Harvests => services.GetRequiredService<HarvestJobs>();
    public JobQueue Jobs => services.GetRequiredService<JobQueue>();
    public TestHarvester Harvester => services.GetRequiredService<TestHarvester>();
    public TestHarvestSink Sink => services.GetRequiredService<TestHarvestSink>();
    public HarvestScheduler Scheduler => new(Database, Harvests, Options, Clock, NullLogger<HarvestScheduler>.Instance);
    public IJobHandler Handler => services.GetServices<IJobHandler>().Single(h => h.Kind == NetworkJobs.Harvest);

    public static async Task<SourcesWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(engine, ct);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(database);
        collection.AddSingleton(new ManualClock(Start));
        collection.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ManualClock>());
        collection.AddSingleton(new NetworkOptions { RetryBase = TimeSpan.FromMinutes(5), RetryMaximum = TimeSpan.FromHours(1), FailuresBeforeFlag = 3 });
        collection.AddSingleton<JobQueue>();
        collection.AddDepotSources(runWorkers: false);
        collection.AddSingleton<TestHarvester>();
        collection.AddSingleton<IHarvester>(sp => sp.GetRequiredService<TestHarvester>());
        collection.AddSingleton<TestHarvestSink>();
        collection.AddSingleton<IHarvestSink>(sp => sp.GetRequiredService<TestHarvestSink>());
        var provider = collection.BuildServiceProvider();
        await using var db = database.CreateContext();
        var ours = new Organisation { Slug = "ons-museum", Name = "Ons Museum", Kind = OrganisationKind.Museum, CreatedAt = Start };
        var theirs = new Organisation { Slug = "hun-archief", Name = "Hun Archief", Kind = OrganisationKind.Archive, CreatedAt = Start };
        db.Organisations.AddRange(ours, theirs);
        await db.SaveChangesAsync(ct);
        return new SourcesWorld(provider, ours.Id, theirs.Id);
    }

    public Task<HarvestSource> AddLdesAsync(long organisationId, string name, CancellationToken ct, int intervalMinutes = 60) =>
        Store.CreateAsync(organisationId, new SourceInput(name, HarvestSourceKind.Ldes, "https://collectie.example.be/ldes", IntervalMinutes: intervalMinutes), "An Peeters", ct);

    public async Task<long> AddMappingAsync(long organisationId, CancellationToken ct) =>
        (await new ImportMappingStore(Database, Clock).SaveAsync(organisationId, "koppeling", "{}", "An", ct)).Id;

    public Task<HarvestRun?> HarvestAsync(HarvestSource source, CancellationToken ct) =>
        Runner.RunAsync(source.OrganisationId, source.Id, onDemand: true, "An Peeters", null, new Progress(), ct);

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    /// <summary>Remembers the last progress line.</summary>
    public sealed class Progress : IJobProgress
    {
        public string Result { get; set; } = "";
        public List<string> Messages { get; } = [];

        public Task ReportAsync(long done, long? total, string message, CancellationToken ct)
        {
            Messages.Add(message);
            return Task.CompletedTask;
        }
    }
}
