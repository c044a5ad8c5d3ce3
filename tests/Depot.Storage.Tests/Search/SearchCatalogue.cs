using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Depot.Storage.Tests.Support;

namespace Depot.Storage.Tests.Search;

/// <summary>
/// A small collection to search in, written through the record store like real registrations,
/// plus a neighbouring organisation whose objects must never show.
/// </summary>
public sealed class SearchCatalogue
{
    private SearchCatalogue(StoreWorld world, ObjectSearch search) => (World, Search) = (world, search);

    public StoreWorld World { get; }
    public ObjectSearch Search { get; }
    public long Org => World.OrganisationId;
    public long OtherOrg { get; private set; }
    public Concept Painting { get; private set; } = null!;
    public Concept Print { get; private set; } = null!;
    public Concept Oil { get; private set; } = null!;
    public Concept Paper { get; private set; } = null!;
    public Concept Canvas { get; private set; } = null!;
    public Agent Rubens { get; private set; } = null!;
    public Agent Jordaens { get; private set; } = null!;
    public Location Depot { get; private set; } = null!;

    /// <summary>Objects by number: 2019.2, 2019.10, 2019.1, A7 (and the deleted 2019.4).</summary>
    public Dictionary<string, CollectionObject> Objects { get; } = [];

    public static async Task<SearchCatalogue> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var world = await StoreWorld.CreateAsync(engine, ct);
        var c = new SearchCatalogue(world, new ObjectSearch(world.Database));
        await c.FillAsync(ct);
        return c;
    }

    public Task<ObjectSearchResult> FindAsync(ObjectQuery query, CancellationToken ct, string language = "nl") =>
        Search.SearchAsync(Org, query, language, ct);

    private async Task FillAsync(CancellationToken ct)
    {
        Painting = await ConceptAsync("schilderij", "painting", ct);
        Print = await ConceptAsync("prent", "print", ct);
        Oil = await ConceptAsync("olieverf", "oil paint", ct);
        Paper = await ConceptAsync("papier", "paper", ct);
        Canvas = await ConceptAsync("doek", "canvas", ct);
        Rubens = await World.AddAgentAsync("Rubens, Peter Paul", ct);
        Jordaens = await World.AddAgentAsync("Jordaens, Jacob", ct);
        Depot = await World.Records.CreateAsync(Org, new Location { Kind = LocationKind.Room, Code = "D1", Name = "Depot Noord" }, World.Registrar, ct);

        await AddAsync(new CollectionObject
        {
            ObjectNumber = "2019.2",
            ObjectNameId = Painting.Id,
            Titles = [new Title("De kruisafneming")],
            MaterialIds = [Oil.Id, Canvas.Id],
            Makers = [new MakerCredit(Rubens.Id, "schilder")],
            Dating = HistoricalDate.Parse("1611-1614"),
            PublicationStatus = PublicationStatus.Public,
            HasImage = true,
        }, ct);
        await AddAsync(new CollectionObject
        {
            ObjectNumber = "2019.10",
            ObjectNameId = Painting.Id,
            Titles = [new Title("Portret van een Iëperse dame")],
            ShortDescription = "Vrouw met parelsnoeren",
            MaterialIds = [Oil.Id],
            Makers = [new MakerCredit(Jordaens.Id)],
            Dating = HistoricalDate.Parse("ca. 1650"),
            CurrentLocationId = Depot.Id,
        }, ct);
        await AddAsync(new CollectionObject
        {
            ObjectNumber = "2019.1",
            ObjectNameId = Print.Id,
            Titles = [new Title("Gezicht op Antwerpen")],
            MaterialIds = [Paper.Id],
            Makers = [new MakerCredit(Rubens.Id, "ontwerper")],
            Dating = HistoricalDate.Parse("1520"),
            PublicationStatus = PublicationStatus.Public,
            CurrentLocationId = Depot.Id,
        }, ct);
        await AddAsync(new CollectionObject
        {
            ObjectNumber = "A7",
            ObjectNameId = Print.Id,
            Titles = [new Title("Schetsen van paarden")],
            MaterialIds = [Paper.Id],
        }, ct);
        var deleted = await AddAsync(new CollectionObject
        {
            ObjectNumber = "2019.4",
            ObjectNameId = Painting.Id,
            Titles = [new Title("Kruisafneming, kopie")],
            MaterialIds = [Oil.Id],
            Makers = [new MakerCredit(Rubens.Id)],
            Dating = HistoricalDate.Parse("1700"),
        }, ct);
        await World.Records.DeleteAsync<CollectionObject>(Org, deleted.Id, deleted.Version, World.Registrar, ct);
        Objects.Remove("2019.4");

        (OtherOrg, _) = await StoreWorld.AddOrganisationAsync(World.Database, "ander-museum", ct);
        await World.Records.CreateAsync(OtherOrg, new CollectionObject
        {
            ObjectNumber = "2019.3",
            Titles = [new Title("De kruisafneming (kopie)")],
            Dating = HistoricalDate.Parse("1612"),
            PublicationStatus = PublicationStatus.Public,
            HasImage = true,
        }, World.Registrar, ct);
    }

    private Task<Concept> ConceptAsync(string nl, string en, CancellationToken ct) =>
        World.Records.CreateAsync(Org, new Concept { SchemeId = World.SchemeId, PrefLabelNl = nl, PrefLabelEn = en }, World.Registrar, ct);

    private async Task<CollectionObject> AddAsync(CollectionObject o, CancellationToken ct)
    {
        var created = await World.Records.CreateAsync(Org, o, World.Registrar, ct);
        Objects[created.ObjectNumber] = created;
        return created;
    }
}
