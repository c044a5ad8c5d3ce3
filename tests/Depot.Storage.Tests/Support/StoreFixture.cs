using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Depot.Storage.Records;

namespace Depot.Storage.Tests.Support;

/// <summary>A migrated database on one engine with an organisation and a thesaurus to work in.</summary>
public sealed class StoreWorld
{
    private StoreWorld(DepotDatabase database, long organisationId, long schemeId)
    {
        Database = database;
        OrganisationId = organisationId;
        SchemeId = schemeId;
        Records = new RecordStore(database, TimeProvider.System);
        History = new HistoryStore(database);
    }

    public DepotDatabase Database { get; }
    public long OrganisationId { get; }
    public long SchemeId { get; }
    public RecordStore Records { get; }
    public HistoryStore History { get; }
    public Actor Registrar { get; } = new(null, "An Peeters");
    public Actor OtherRegistrar { get; } = new(null, "Jan Claes");

    public static async Task<StoreWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(engine, ct);
        var (org, scheme) = await AddOrganisationAsync(database, "museum-test", ct);
        return new StoreWorld(database, org, scheme);
    }

    public static async Task<(long Organisation, long Scheme)> AddOrganisationAsync(DepotDatabase database, string slug, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var org = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        var scheme = new ConceptScheme { OrganisationId = org.Id, TitleNl = "Objectnamen", CreatedAt = DateTimeOffset.UtcNow };
        db.ConceptSchemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return (org.Id, scheme.Id);
    }

    public Task<Concept> AddConceptAsync(string labelNl, CancellationToken ct, string aat = "") =>
        Records.CreateAsync(OrganisationId, new Concept
        {
            SchemeId = SchemeId,
            PrefLabelNl = labelNl,
            ExactMatches = aat.Length > 0 ? ["http://vocab.getty.edu/aat/" + aat] : [],
        }, Registrar, ct);

    public Task<Agent> AddAgentAsync(string name, CancellationToken ct) =>
        Records.CreateAsync(OrganisationId, new Agent { Name = name, Kind = AgentKind.Person }, Registrar, ct);
}
