using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Characterisation;
using Depot.Preservation.Files;
using Depot.Preservation.Fixity;
using Depot.Preservation.Hashing;
using Depot.Preservation.Ingest;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Preservation.Tests.Support;

/// <summary>A migrated database on one engine with an organisation, two folder replicas (or the stores given) and the depot's services over them.</summary>
internal sealed class PreservationWorld
{
    private PreservationWorld(DepotDatabase database, long organisationId, PreservationOptions options, TestClock clock)
    {
        Database = database;
        OrganisationId = organisationId;
        Options = options;
        Clock = clock;
        Paths = new PreservationPaths(options, database.Target);
        Replicas = new ReplicaSet(Paths);
        Records = new RecordStore(database, clock);
        // The real identifier over the reference data's DROID files (the calling test skips, naming them, when they are absent).
        Ingest = new FileIngest(database, Replicas, Paths, options, Depot.Preservation.Tests.Formats.PronomFiles.Identifier(), new EmbeddedMetadataReader(), clock);
        Md5 = new Md5Backfill(database, new ContentReader(database, Replicas), options, clock);
        Auditor = new FixityAuditor(database, Replicas, options, clock);
        Deletion = new FileDeletion(database, options, clock);
        Uploads = new UploadFolder(Paths);
        Purge = new Purge(database, Replicas, new UploadExpiry(database, Uploads, clock), clock);
        Dashboard = new FixityDashboard(database, new Depot.Storage.Jobs.JobQueue(database, clock));
    }

    public DepotDatabase Database { get; }
    public long OrganisationId { get; }
    public PreservationOptions Options { get; }
    public TestClock Clock { get; }
    public PreservationPaths Paths { get; }
    public ReplicaSet Replicas { get; }
    public RecordStore Records { get; }
    public FileIngest Ingest { get; }
    public FixityAuditor Auditor { get; }
    public Md5Backfill Md5 { get; }
    public FileDeletion Deletion { get; }
    public UploadFolder Uploads { get; }
    public Purge Purge { get; }
    public FixityDashboard Dashboard { get; }
    public Actor Registrar { get; } = new(null, "An Peeters");

    public FolderReplicaStore Folder(int index) => (FolderReplicaStore)Replicas.Stores[index];

    public static async Task<PreservationWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct, Action<PreservationOptions>? configure = null)
    {
        var database = await TestDatabases.CreateAsync(engine, ct);
        var root = Directory.CreateTempSubdirectory("depot-preservation-").FullName;
        var options = new PreservationOptions
        {
            WorkDirectory = Path.Combine(root, "work"),
            Replicas =
            [
                new ReplicaStoreOptions { Name = "local-a", Path = Path.Combine(root, "replica-a") },
                new ReplicaStoreOptions { Name = "local-b", Path = Path.Combine(root, "replica-b") },
            ],
            FixityWorkers = 2,
            FixityMaxMegabytesPerSecond = 0,
        };
        configure?.Invoke(options);
        PreservationModule.Validate(options);
        return new PreservationWorld(database, await AddOrganisationAsync(database, "museum-test", ct), options, new TestClock());
    }

    public static async Task<long> AddOrganisationAsync(DepotDatabase database, string slug, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return org.Id;
    }

    public async Task<long> AddObjectAsync(string number, CancellationToken ct, long? organisationId = null) =>
        (await Records.CreateAsync(organisationId ?? OrganisationId, new CollectionObject { ObjectNumber = number, Titles = [new Title("Kandelaar")] }, Registrar, ct)).Id;

    public Task<IngestResult> IngestAsync(byte[] bytes, string name, CancellationToken ct, IngestRequest? request = null, long? organisationId = null) =>
        Ingest.IngestAsync(organisationId ?? OrganisationId, request ?? new IngestRequest(name), new MemoryStream(bytes), Registrar, ct);

    /// <summary>Files left in the work folder (a failed ingest must leave none).</summary>
    public string[] WorkFiles() => Directory.Exists(Paths.WorkDirectory)
        ? Directory.GetFiles(Paths.WorkDirectory, "*", SearchOption.AllDirectories) : [];
}

/// <summary>A clock the tests move forward (grace periods, audits) instead of waiting.</summary>
internal sealed class TestClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

/// <summary>Test data: random bytes of a given size (seeded, so a failure can be reproduced).</summary>
internal static class Bytes
{
    public static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Png(int width, int height, string text) =>
        Depot.Storage.Demo.DemoPicture.Png(text, width, height);
}
