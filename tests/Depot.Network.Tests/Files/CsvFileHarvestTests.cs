using Depot.Core.Organisations;
using Depot.Interchange.Csv;
using Depot.Network.Harvesting;
using Depot.Network.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Importing.Mappings;
using static Depot.Network.Tests.Files.LidoFileHarvestTests;

namespace Depot.Network.Tests.Files;

public sealed class CsvFileHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(long Organisation, long Mapping)> SaveMappingAsync(DepotDatabase database, string slug)
    {
        await using (var db = database.CreateContext())
        {
            db.Organisations.Add(new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }
        await using var read = database.CreateContext();
        var organisation = read.Organisations.Single(o => o.Slug == slug).Id;
        var mapping = new CsvMapping([new ColumnMapping("Inventarisnummer", "objectNumber"), new ColumnMapping("Titel", "title"), new ColumnMapping("Maker", "maker")]);
        var saved = await new ImportMappingStore(database, TimeProvider.System).SaveAsync(organisation, "Stadsmuseum-export", DepotJson.Serialize(mapping), "test", Ct);
        return (organisation, saved.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_csv_file_is_read_with_the_organisations_saved_mapping_and_a_row_gone_from_it_is_withdrawn(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var (organisation, mapping) = await SaveMappingAsync(database, "stadsmuseum");
        var (server, file) = await FileFixture.StartAsync();
        await using var _ = server;
        file.Content = "Inventarisnummer;Titel;Maker;Zaal\nS.1;Stadsgezicht;Jan Steen;Zaal 3\nS.2;Portret;Rubens;Zaal 1\nS.3;Stilleven;Clara Peeters;\n";
        var sink = new TestHarvestSink();
        var source = Source(server, "csv", "collectie.csv", mapping, organisation);

        await Harvester(database).HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal(["S.1", "S.2", "S.3"], sink.Live);
        var s1 = sink.Records["S.1"].Record;
        Assert.Equal(("Stadsgezicht", "Jan Steen"), (s1.Object.Titles[0].Text, s1.Object.Makers[0].Agent.Name));
        Assert.Contains(s1.Kept, k => k is { Path: "Zaal", Value: "Zaal 3" });

        sink.ClearLog();
        file.Content = "Inventarisnummer;Titel;Maker;Zaal\nS.1;Stadsgezicht;Jan Steen;Zaal 3\nS.3;Stilleven;Clara Peeters;\n";
        await Harvester(database).HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Equal([("deleted", "S.2")], sink.Changes.Select(c => (c.Change, c.Item.SourceIdentifier)));
        Assert.Equal(["S.1", "S.3"], sink.Live);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_mapping_of_another_organisation_is_not_used(DatabaseEngine engine)
    {
        var database = await TestDatabases.CreateAsync(engine, Ct);
        var (_, foreign) = await SaveMappingAsync(database, "ander-museum");
        var (own, _) = await SaveMappingAsync(database, "eigen-museum");
        var (server, file) = await FileFixture.StartAsync();
        await using var _ = server;
        file.Content = "Inventarisnummer;Titel\nS.1;Stadsgezicht\n";
        var sink = new TestHarvestSink();

        var failed = await Assert.ThrowsAsync<HarvestFailedException>(() =>
            Harvester(database).HarvestAsync(Source(server, "csv", "collectie.csv", foreign, own), sink, new TestProgress(), Ct));

        Assert.Contains("column mapping", failed.En);
        Assert.Empty(sink.Records);
    }
}
