using Depot.Core.Locations;
using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Exporting;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Search;
using Depot.Storage.Sets;

namespace Depot.Interchange.Tests.Exporting;

/// <summary>Two organisations on one engine: "ours" with a small described collection, "theirs" with objects that must never leak into our exports.</summary>
internal sealed class ExportWorld
{
    private ExportWorld(DepotDatabase database) => Database = database;

    public DepotDatabase Database { get; }
    public RecordStore Records => new(Database, TimeProvider.System);
    public ObjectExport Export => new(new ObjectSources(Database, new ObjectIdPages(Database)));
    public SetStore Sets => new(Database, TimeProvider.System);
    public long Ours { get; private set; }
    public long Theirs { get; private set; }

    public static async Task<ExportWorld> CreateAsync(DatabaseEngine engine, CancellationToken ct)
    {
        var world = new ExportWorld(await TestDatabases.CreateAsync(engine, ct));
        world.Ours = await world.OrganisationAsync("ours", ct);
        world.Theirs = await world.OrganisationAsync("theirs", ct);
        return world;
    }

    private async Task<long> OrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        var org = new Organisation { Slug = slug, Name = slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        db.ConceptSchemes.Add(new ConceptScheme { OrganisationId = org.Id, TitleNl = "Termen " + slug, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(ct);
        return org.Id;
    }

    /// <summary>
    /// Our collection: three prints by Ensor (one with AAT-linked terms, a place and a location), a
    /// painting, and <paramref name="extra"/> plain objects; theirs: prints with the same words.
    /// </summary>
    public async Task SeedAsync(CancellationToken ct, int extra = 0)
    {
        var records = Records;
        long scheme;
        await using (var db = Database.CreateContext())
            scheme = db.ConceptSchemes.Single(s => s.OrganisationId == Ours).Id;
        var print = await records.CreateAsync(Ours, new Concept
        {
            SchemeId = scheme,
            PrefLabelNl = "prent",
            PrefLabelEn = "print",
            Uri = "https://example.org/thes/prent",
            ExactMatches = ["http://vocab.getty.edu/aat/300041273"],
        }, Actor.System, ct);
        var paper = await records.CreateAsync(Ours, new Concept { SchemeId = scheme, PrefLabelNl = "papier", ExactMatches = ["http://vocab.getty.edu/aat/300014109"] }, Actor.System, ct);
        var ensor = await records.CreateAsync(Ours, new Agent { Name = "Ensor, James", ExternalIds = [new ExternalId("rkd", "26015"), new ExternalId("wikidata", "Q333172")] }, Actor.System, ct);
        var oostende = await records.CreateAsync(Ours, new Place { Name = "Oostende", ExternalIds = [new ExternalId("geonames", "2789786")] }, Actor.System, ct);
        var shelf = await records.CreateAsync(Ours, new Location { Kind = LocationKind.Shelf, Code = "D1.K3.P2", Name = "Plank 2" }, Actor.System, ct);
        for (var n = 1; n <= 3; n++)
            await records.CreateAsync(Ours, new CollectionObject
            {
                ObjectNumber = $"2026.{n}",
                Titles = [new Title($"De intrede van Christus in Brussel, staat {n}")],
                ObjectNameId = print.Id,
                MaterialIds = [paper.Id],
                Makers = [new MakerCredit(ensor.Id, "etser")],
                Dating = new HistoricalDate(1898, 1898, "1898"),
                Subjects = [new SubjectReference(SubjectKind.DepictedPlace, oostende.Id)],
                CurrentLocationId = shelf.Id,
                Dimensions = [new Dimension("hoogte", 24.8m, "cm")],
            }, Actor.System, ct);
        await records.CreateAsync(Ours, new CollectionObject { ObjectNumber = "2026.10", Titles = [new Title("Stilleven met rog")] }, Actor.System, ct);
        for (var n = 1; n <= extra; n++)
            await records.CreateAsync(Ours, new CollectionObject { ObjectNumber = $"X.{n}", Titles = [new Title($"Fragment {n}")] }, Actor.System, ct);
        for (var n = 1; n <= 2; n++)
            await records.CreateAsync(Theirs, new CollectionObject { ObjectNumber = $"T.{n}", Titles = [new Title("De intrede van Christus, hun staat")] }, Actor.System, ct);
    }
}
