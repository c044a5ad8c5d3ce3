using Depot.Core.Organisations;
using Depot.Interchange.Skos;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Interchange.Tests.Support;

/// <summary>A migrated database on one engine with one organisation, and the SKOS importer on it.</summary>
internal sealed class ImportWorld
{
    private ImportWorld(DepotDatabase database, long organisationId)
    {
        Database = database;
        OrganisationId = organisationId;
        Records = new RecordStore(database, TimeProvider.System);
        Importer = new SkosImporter(database, Records, TimeProvider.System);
    }

    public DepotDatabase Database { get; }
    public long OrganisationId { get; }
    public RecordStore Records { get; }
    public SkosImporter Importer { get; }
    public Actor Registrar { get; } = new(null, "An Peeters");

    public static async Task<ImportWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(engine, ct);
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = "museum-test", Name = "Museum test", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return new ImportWorld(database, org.Id);
    }

    public async Task<SkosImportReport> ImportSampleAsync(string name, CancellationToken ct, SkosImportOptions? options = null)
    {
        await using var stream = Samples.Open(name);
        return await Importer.ImportAsync(OrganisationId, SkosFile.Read(stream, name), options ?? new SkosImportOptions(), Registrar, ct);
    }
}
