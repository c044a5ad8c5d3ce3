using Depot.Core.Organisations;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Interchange.Tests.Importing;

/// <summary>A database on one engine with one organisation, and an import runner reading from test records.</summary>
internal sealed class ImportRunnerWorld(DepotDatabase database, long organisationId)
{
    public DepotDatabase Database { get; } = database;
    public long OrganisationId { get; } = organisationId;
    public RecordStore Records { get; } = new(database, TimeProvider.System);
    public Actor Registrar { get; } = new(null, "An Peeters");

    public static async Task<ImportRunnerWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(engine, ct);
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = "museum-import", Name = "Museum import", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return new ImportRunnerWorld(database, org.Id);
    }

    public async Task<(ImportSummary Summary, List<RecordOutcome> Outcomes)> RunAsync(ISourceReader reader, string path, CancellationToken ct,
        bool dryRun = false, int batchSize = 2, SourceFormat format = SourceFormat.Lido, string fileName = "kmska.xml")
    {
        var runner = new ImportRunner(Database, Records, TimeProvider.System, (_, _) => reader, new ImportOptions(batchSize));
        var report = new ListReport();
        var summary = await runner.RunAsync(OrganisationId, new ImportRequest(format, path, fileName, dryRun), Registrar, report, null, ct);
        return (summary, report.Outcomes);
    }

    public Task<(ImportSummary Summary, List<RecordOutcome> Outcomes)> RunAsync(IReadOnlyList<SourceRecord> records, CancellationToken ct,
        bool dryRun = false, int batchSize = 2) =>
        RunAsync(new ListReader(records), ListReader.WriteFile(records), ct, dryRun, batchSize);

    private sealed class ListReport : IImportReport
    {
        public List<RecordOutcome> Outcomes { get; } = [];

        public ValueTask AddAsync(RecordOutcome outcome, CancellationToken ct)
        {
            Outcomes.Add(outcome);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
