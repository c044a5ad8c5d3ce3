using Depot.Core.Network;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Harvested;

/// <summary>A database on one engine with two organisations, a harvest source of the first, and the real sink.</summary>
internal sealed class HarvestWorld(DepotDatabase database, long organisationId, long otherOrganisationId, HarvestSource source)
{
    public DepotDatabase Database { get; } = database;
    public long OrganisationId { get; } = organisationId;
    public long OtherOrganisationId { get; } = otherOrganisationId;
    public HarvestSource Source { get; } = source;
    public RecordStore Records { get; } = new(database, TimeProvider.System);
    public HarvestSink Sink { get; } = new(database, new RecordStore(database, TimeProvider.System), TimeProvider.System);
    public Actor Registrar { get; } = new(null, "An Peeters");

    public static async Task<HarvestWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(engine, ct);
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = "msk-gent", Name = "MSK Gent", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        var other = new Organisation { Slug = "ander-museum", Name = "Ander museum", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.AddRange(org, other);
        await db.SaveChangesAsync(ct);
        var source = new HarvestSource
        {
            OrganisationId = org.Id,
            Name = "MSK Gent LDES",
            Kind = HarvestSourceKind.Ldes,
            Url = "https://data.mskgent.be/ldes",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            CreatedBy = "admin@msk.be",
        };
        db.HarvestSources.Add(source);
        await db.SaveChangesAsync(ct);
        return new HarvestWorld(database, org.Id, other.Id, source);
    }

    /// <summary>Records of the LIDO reference examples that Depot takes (an object number, no errors), by their LIDO record id.</summary>
    public static List<SourceRecord> LidoRecords()
    {
        var records = new List<SourceRecord>();
        foreach (var name in new[] { "LIDO-Example_FMobj00154983-LaPrimavera.xml", "groeningemuseum-0000_GRO1561_I-LIDO.xml", "minimaldatensatz.xml", "LWL-Museum.xml", "digiCult.xml" })
        {
            var path = ReferenceData.Require(Path.Combine("lido", "examples", name));
            using var stream = File.OpenRead(path);
            records.AddRange(new LidoReader().Read(stream, name, 0, TestContext.Current.CancellationToken)
                .Where(r => r.SourceId.Length > 0 && r.Object.ObjectNumber.Trim().Length > 0 && !r.Issues.Any(i => i.Severity == IssueSeverity.Error)));
        }
        return records;
    }

    public static HarvestPage Page(IEnumerable<SourceRecord> records, string state, string version = "v1", DateTimeOffset? upTo = null) =>
        new("https://data.mskgent.be/ldes?page=1", [.. records.Select(r => (HarvestItem)new HarvestUpsert(r.SourceId, version + ":" + r.SourceId, r))], state, upTo);

    public async Task<List<CollectionObject>> ObjectsAsync(long organisationId, CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        return await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId).OrderBy(o => o.Id).ToListAsync(ct);
    }

    public async Task<List<HarvestedRecord>> HarvestedAsync(CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        return await db.HarvestedRecords.AsNoTracking().Where(h => h.SourceId == Source.Id).OrderBy(h => h.ObjectId).ToListAsync(ct);
    }

    public async Task<HarvestSource> SourceAsync(CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        return await db.HarvestSources.AsNoTracking().SingleAsync(s => s.Id == Source.Id, ct);
    }
}
