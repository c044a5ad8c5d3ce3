using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Lido;

/// <summary>LIDO 1.1 export: valid against the XSD, and LIDO → record → LIDO → record keeps every modelled field.</summary>
public sealed class LidoWriterTests
{
    public static TheoryData<string> Files() =>
    [
        "examples/groeningemuseum-0000_GRO1561_I-LIDO.xml",
        "flemish/kmska_lido.xml",
        "flemish/MSKG_LIDO1testrecords.xml",
        "examples/LIDO-v1.1-Example_FMobj00154983-LaPrimavera.xml",
        "examples/LIDO-v1.1-Example_FMobj20344012-Fontana_del_Moro.xml",
        "examples/LIDO-Example_FMobj00154983-LaPrimavera.xml",
        "examples/Bildarchiv_Foto_Marburg.xml",
        "examples/KENOM_Landesbib_Schwerin.xml",
        "examples/museum-digital_Terra_Sigillata_Museum.xml",
        "examples/SMB_Skulpturensammlung.xml",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Exported_lido_validates_against_the_1_1_schema(string file)
    {
        var schemas = LidoTestFiles.Schema11();
        var bytes = await Export(LidoTestFiles.Read(file));

        var errors = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new MemoryStream(bytes), settings))
            while (reader.Read()) { }

        Assert.Empty(errors);
        Assert.Equal("lidoWrap", XDocument.Load(new MemoryStream(bytes)).Root!.Name.LocalName);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Round_trip_keeps_every_modelled_field(string file)
    {
        var first = LidoTestFiles.Read(file);
        var again = ReadBytes(await Export(first));

        Assert.Equal(first.Count, again.Count);
        for (var i = 0; i < first.Count; i++) AssertSameObject(first[i], again[i]);
    }

    [Fact]
    public async Task Round_trip_keeps_fields_the_examples_lack()
    {
        var agent = new SourceAgent("Rubens, Peter Paul", AgentKind.Person, [new ExternalId("viaf", "59085475"), new ExternalId("wikidata", "Q5599"), new ExternalId("local", "A-17")],
            new HistoricalDate(1577, 1577, "1577-06-28"), new HistoricalDate(1640, 1640, "1640"));
        var record = new SourceRecord("kmska:1", 1, null, new SourceObject
        {
            ObjectNumber = "IB.1234",
            Titles = [new Title("De kruisafneming", "nl"), new Title("The Descent from the Cross", "en", TitleType.Alternate), new Title("Zonder taal", "", TitleType.Alternate)],
            ObjectName = new SourceTerm("schilderij", "nl", ["http://vocab.getty.edu/aat/300033618", "local:42"]),
            Classifications = [new SourceTerm("religieuze kunst", "nl")],
            ShortDescription = "Middenpaneel van een drieluik.",
            Makers = [new SourceMaker(agent, "schilder", "atelier van"), new SourceMaker(new SourceAgent("Sint-Lucasgilde", AgentKind.Organisation), "opdrachtgever")],
            Dating = new HistoricalDate(1611, 1614, "ca. 1611-1614", DatePrecision.Circa),
            Materials = [new SourceTerm("olieverf", "nl", ["http://vocab.getty.edu/aat/300015050"]), new SourceTerm("", "", ["local:7"])],
            Techniques = [new SourceTerm("schilderen", "nl")],
            Dimensions = [new Dimension("hoogte", 421m, "cm", "middenpaneel"), new Dimension("gewicht", 12.5m, "kg")],
            Subjects =
            [
                new SourceSubject(SubjectKind.MainMotif, Term: new SourceTerm("kruisafneming", "nl", ["http://iconclass.org/73D72"])),
                new SourceSubject(SubjectKind.DepictedConcept, Term: new SourceTerm("ladder", "nl")),
                new SourceSubject(SubjectKind.DepictedAgent, Agent: new SourceAgent("Christus", Ids: [new ExternalId("wikidata", "Q302")])),
                new SourceSubject(SubjectKind.DepictedPlace, Place: new SourcePlace("Jeruzalem", [new ExternalId("tgn", "7001933"), new ExternalId("geonames", "281184")])),
            ],
            Inscriptions = [new Inscription("signatuur", "P.P. RUBENS F.", "rechtsonder", "la"), new Inscription("", "1612", "", "")],
            Rights = new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "KMSKA", "Collectie KMSKA - Vlaamse Gemeenschap"),
        }, [], []);

        var again = Assert.Single(ReadBytes(await Export([record])));

        AssertSameObject(record, again);
        Assert.Empty(again.Issues);
    }

    private static void AssertSameObject(SourceRecord expected, SourceRecord actual)
    {
        Assert.Equal(expected.SourceId, actual.SourceId);
        var (a, b) = (expected.Object, actual.Object);
        Assert.Equal(a.ObjectNumber, b.ObjectNumber);
        Assert.Equal(Json(a.Titles), Json(b.Titles));
        Assert.Equal(Json(a.ObjectName), Json(b.ObjectName));
        Assert.Equal(Json(a.Classifications), Json(b.Classifications));
        Assert.Equal(a.ShortDescription, b.ShortDescription);
        Assert.Equal(Json(a.Makers), Json(b.Makers));
        Assert.Equal(a.Dating, b.Dating);
        Assert.Equal(Json(a.Materials), Json(b.Materials));
        Assert.Equal(Json(a.Techniques), Json(b.Techniques));
        Assert.Equal(a.Dimensions, b.Dimensions);
        Assert.Equal(Json(a.Subjects), Json(b.Subjects));
        Assert.Equal(a.Inscriptions, b.Inscriptions);
        Assert.Equal(a.Rights, b.Rights);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static async Task<byte[]> Export(IEnumerable<SourceRecord> records)
    {
        using var output = new MemoryStream();
        await using (var writer = new LidoWriter(output, new LidoWriterOptions("Musea Brugge")))
        {
            foreach (var r in records) await writer.WriteAsync(r, TestContext.Current.CancellationToken);
            await writer.CompleteAsync(TestContext.Current.CancellationToken);
        }
        return output.ToArray();
    }

    private static List<SourceRecord> ReadBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. new LidoReader().Read(stream, "export.xml", 0, TestContext.Current.CancellationToken)];
    }
}
