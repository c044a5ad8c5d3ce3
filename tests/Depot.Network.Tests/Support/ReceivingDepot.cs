using Depot.Core.Network;
using Depot.Core.Organisations;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Tests.Support;

/// <summary>
/// The harvesting side of a two-Depots test: its own SQLite database with an organisation, one registered source
/// and the real <see cref="HarvestSink"/>. Each harvest starts from the source's state as the database holds it,
/// and reports what the sink did; the objects are read back from the database.
/// </summary>
internal sealed class ReceivingDepot(DepotDatabase database, long organisationId, long sourceId)
{
    private readonly HarvestSink sink = new(database, new RecordStore(database, TimeProvider.System), TimeProvider.System);

    public DepotDatabase Database { get; } = database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ReceivingDepot> CreateAsync(HarvestSourceKind kind, string url, string format = "", string set = "")
    {
        var database = await TestDatabases.CreateAsync(DatabaseEngine.Sqlite, Ct);
        await using var db = database.CreateContext();
        var organisation = new Organisation { Slug = "ontvanger", Name = "Erfgoedcel Ontvanger", Kind = OrganisationKind.HeritageCell, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(Ct);
        var source = new HarvestSource
        {
            OrganisationId = organisation.Id, Name = "Museum Bron", Kind = kind, Url = url, MetadataFormat = format, SetSpec = set,
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, CreatedBy = "test",
        };
        db.HarvestSources.Add(source);
        await db.SaveChangesAsync(Ct);
        return new ReceivingDepot(database, organisation.Id, source.Id);
    }

    /// <summary>One harvest with <paramref name="harvester"/>; the sum of the sink's page outcomes.</summary>
    public async Task<(int Added, int Updated, int Deleted, int Refused)> HarvestAsync(IHarvester harvester)
    {
        HarvestSource source;
        await using (var db = Database.CreateContext())
            source = await db.HarvestSources.AsNoTracking().SingleAsync(s => s.Id == sourceId, Ct);
        var tally = new Tally(sink);
        await harvester.HarvestAsync(source, tally, new TestProgress(), Ct);
        return (tally.Added, tally.Updated, tally.Deleted, tally.Refused);
    }

    /// <summary>The live objects of the organisation: number → first title.</summary>
    public async Task<Dictionary<string, string>> ObjectsAsync()
    {
        await using var db = Database.CreateContext();
        var objects = await db.Objects.AsNoTracking().Where(o => o.OrganisationId == organisationId && !o.IsDeleted).ToListAsync(Ct);
        return objects.ToDictionary(o => o.ObjectNumber, o => o.Titles.FirstOrDefault()?.Text ?? "");
    }

    /// <summary>Provenance rows of the source that are not withdrawn, by identifier at the source.</summary>
    public async Task<List<string>> LiveIdentifiersAsync()
    {
        await using var db = Database.CreateContext();
        return await db.HarvestedRecords.Where(h => h.SourceId == sourceId && !h.Withdrawn).Select(h => h.SourceIdentifier).OrderBy(i => i).ToListAsync(Ct);
    }

    private sealed class Tally(IHarvestSink inner) : IHarvestSink
    {
        public int Added, Updated, Deleted, Refused;

        public async Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
        {
            var outcome = await inner.WriteAsync(source, page, ct);
            (Added, Updated, Deleted, Refused) = (Added + outcome.Added, Updated + outcome.Updated, Deleted + outcome.Deleted, Refused + outcome.Refused);
            return outcome;
        }

        public Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct) =>
            inner.WithdrawNotSeenSinceAsync(source, since, nextState, ct);
    }
}
