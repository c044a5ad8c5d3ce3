using System.Xml;
using System.Xml.Linq;
using Depot.Interchange.Exporting;
using Depot.Interchange.Lido;
using Depot.Interchange.Tests.Lido;
using Depot.Storage.Database;
using Depot.Storage.Search;

namespace Depot.Interchange.Tests.Exporting;

public sealed class LidoExportContract
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task A_stored_collection_exports_as_lido_that_validates_offline_and_reads_back(DatabaseEngine engine)
    {
        var schemas = LidoTestFiles.Schema11();
        var world = await ExportWorld.CreateAsync(engine, Ct);
        await world.SeedAsync(Ct);
        using var output = new MemoryStream();

        var count = await world.Export.WriteAsync(world.Ours, new ExportRequest(ExportFormat.Lido, ObjectScope.WholeOrganisation, []), output, null, Ct);

        var bytes = output.ToArray();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new MemoryStream(bytes), settings))
            while (reader.Read()) { }
        Assert.Empty(errors);
        Assert.Equal(4, count);
        var doc = XDocument.Load(new MemoryStream(bytes));
        XNamespace lido = LidoTestFiles.Ns;
        Assert.Equal(4, doc.Root!.Elements(lido + "lido").Count());
        Assert.All(doc.Descendants(lido + "recordSource"), s => Assert.Equal("ours", s.Value.Trim()));

        using var again = new MemoryStream(bytes);
        var back = new LidoReader().Read(again, "export.xml", 0, Ct).ToList();
        var first = back.Single(r => r.Object.ObjectNumber == "2026.1").Object;
        Assert.Equal("De intrede van Christus in Brussel, staat 1", first.Titles[0].Text);
        Assert.Contains("http://vocab.getty.edu/aat/300041273", first.ObjectName!.Ids);
        Assert.Equal("Ensor, James", Assert.Single(first.Makers).Agent.Name);
        Assert.Contains(first.Makers[0].Agent.Ids, i => i.Value.Contains("26015", StringComparison.Ordinal));
        Assert.Equal("papier", Assert.Single(first.Materials).Label);
        Assert.DoesNotContain(back, r => r.Object.ObjectNumber.StartsWith("T.", StringComparison.Ordinal));
    }
}
