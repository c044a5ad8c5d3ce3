using System.Text;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Exporting;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Search;

namespace Depot.Interchange.Tests.Exporting;

public sealed class ObjectExportContract
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static async Task<string[]> CsvAsync(ExportWorld world, long organisationId, ExportRequest request)
    {
        using var output = new MemoryStream();
        await world.Export.WriteAsync(organisationId, request, output, null, Ct);
        return Encoding.UTF8.GetString(output.ToArray()[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_search_result_exports_with_the_chosen_fields_labels_and_ids_in_object_number_order(DatabaseEngine engine)
    {
        var world = await ExportWorld.CreateAsync(engine, Ct);
        await world.SeedAsync(Ct);
        var request = new ExportRequest(ExportFormat.Csv, new ObjectScope(new ObjectQuery { Text = "intrede" }),
            ["objectNumber", "title", "objectName", "objectName.uri", "maker", "maker.uri", "material", "depictedPlace", "currentLocation", "dimension.height"],
            ExportHeader.Keys);

        var lines = await CsvAsync(world, world.Ours, request);

        Assert.Equal("objectNumber;title;objectName;objectName.uri;maker;maker.uri;material;depictedPlace;currentLocation;dimension.height", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("2026.1;De intrede van Christus in Brussel, staat 1;prent;https://example.org/thes/prent;Ensor, James;https://rkd.nl/explore/artists/26015;papier;Oostende;D1.K3.P2;24.8", lines[1]);
        Assert.StartsWith("2026.2;", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("2026.3;", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("hun staat", StringComparison.Ordinal) || l.Contains("rog", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Source_records_carry_concept_uris_and_exact_matches_and_agent_external_ids(DatabaseEngine engine)
    {
        var world = await ExportWorld.CreateAsync(engine, Ct);
        await world.SeedAsync(Ct);
        var sources = new ObjectSources(world.Database, new ObjectIdPages(world.Database));

        var records = new List<Sources.SourceRecord>();
        await foreach (var r in sources.ReadAsync(world.Ours, new ObjectScope(new ObjectQuery { Text = "intrede" }), Ct)) records.Add(r);

        var first = records[0].Object;
        Assert.Equal(["https://example.org/thes/prent", "http://vocab.getty.edu/aat/300041273"], first.ObjectName!.Ids);
        Assert.Equal(["http://vocab.getty.edu/aat/300014109"], Assert.Single(first.Materials).Ids);
        var maker = Assert.Single(first.Makers);
        Assert.Equal(("Ensor, James", "etser"), (maker.Agent.Name, maker.Role));
        Assert.Equal(["rkd:26015", "wikidata:Q333172"], maker.Agent.Ids.Select(i => $"{i.Scheme}:{i.Value}"));
        var place = Assert.Single(first.Subjects);
        Assert.Equal((SubjectKind.DepictedPlace, "Oostende", "2789786"), (place.Kind, place.Place!.Name, place.Place.Ids[0].Value));
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Position));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_werkset_and_the_whole_organisation_export_only_the_organisations_own_objects_across_pages(DatabaseEngine engine)
    {
        var world = await ExportWorld.CreateAsync(engine, Ct);
        await world.SeedAsync(Ct, extra: ObjectSources.PageSize + 7);
        var set = await world.Sets.CreateAsync(world.Ours, "Ensor", "", Actor.System, Ct);
        await using (var db = world.Database.CreateContext())
        {
            var ours = db.Objects.Where(o => o.OrganisationId == world.Ours && o.ObjectNumber.StartsWith("2026.")).Select(o => o.Id).ToList();
            await world.Sets.AddAsync(world.Ours, set.Id, ours, Ct);
        }
        var progress = new List<(long Done, long Total)>();

        var all = new MemoryStream();
        var count = await world.Export.WriteAsync(world.Ours, new ExportRequest(ExportFormat.Csv, ObjectScope.WholeOrganisation, ["objectNumber"]), all,
            (done, total, _) => { progress.Add((done, total)); return Task.CompletedTask; }, Ct);
        var inSet = await CsvAsync(world, world.Ours, new ExportRequest(ExportFormat.Csv, new ObjectScope(SetId: set.Id), ["objectNumber"]));
        var theirSetFromOurs = await CsvAsync(world, world.Theirs, new ExportRequest(ExportFormat.Csv, new ObjectScope(SetId: set.Id), ["objectNumber"]));

        Assert.Equal(4 + ObjectSources.PageSize + 7, count);
        var numbers = Encoding.UTF8.GetString(all.ToArray()[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(count, numbers.Length);
        Assert.Equal(count, numbers.Distinct().Count());
        Assert.DoesNotContain(numbers, n => n.StartsWith("T.", StringComparison.Ordinal));
        // Natural order: X.2 before X.10.
        Assert.True(Array.IndexOf(numbers, "X.2") < Array.IndexOf(numbers, "X.10"));
        Assert.Equal((0, count), progress[0]);
        Assert.Equal((count, count), progress[^1]);
        Assert.Equal(["Objectnummer", "2026.1", "2026.2", "2026.3", "2026.10"], inSet);
        Assert.Equal(["Objectnummer"], theirSetFromOurs);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task An_xlsx_export_reads_back_with_the_chosen_columns(DatabaseEngine engine)
    {
        var world = await ExportWorld.CreateAsync(engine, Ct);
        await world.SeedAsync(Ct);
        var path = Path.Combine(Directory.CreateTempSubdirectory("depot-export-").FullName, "objects.xlsx");
        await using (var file = File.Create(path))
            await world.Export.WriteAsync(world.Ours, new ExportRequest(ExportFormat.Xlsx, new ObjectScope(new ObjectQuery { Text = "rog" }),
                ["title", "objectNumber"], ExportHeader.Dutch), file, null, Ct);

        await using var read = File.OpenRead(path);
        var rows = XlsxSourceWriterTests.ReadBack(read, out _);

        Assert.Equal(["Titel", "Objectnummer"], rows[0].Select(c => c.Text));
        Assert.Equal(["Stilleven met rog", "2026.10"], rows[1].Select(c => c.Text));
        Assert.Equal(2, rows.Count);
    }
}
