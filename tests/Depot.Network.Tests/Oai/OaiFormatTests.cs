using System.Xml.Linq;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Network.Harvesting;
using Depot.Network.Tests.Support;
using Depot.Storage.Database;
using static Depot.Network.Tests.Oai.OaiFixture;
using static Depot.Network.Tests.Oai.OaiHarvestTests;

namespace Depot.Network.Tests.Oai;

public sealed class OaiFormatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<SourceRecord> HarvestOneAsync(string format, XElement metadata)
    {
        var (server, oai) = await StartAsync();
        await using var _ = server;
        oai.Prefix = format;
        oai.Pages[""] = List("", Record("oai:vast:42", "2026-12-01T09:00:00Z", metadata));
        var sink = new TestHarvestSink();
        await Harvester().HarvestAsync(Source(server, format), sink, new TestProgress(), Ct);
        var upsert = Assert.IsType<HarvestUpsert>(Assert.Single(sink.Changes).Item);
        Assert.Equal("oai:vast:42", upsert.SourceIdentifier);
        Assert.Equal("2026-12-01T09:00:00Z", upsert.SourceVersion);
        return upsert.Record;
    }

    [Fact]
    public async Task A_lido_record_is_read_exactly_as_the_same_record_imported_from_a_file()
    {
        var path = ReferenceData.Require("lido/examples/groeningemuseum-0000_GRO1561_I-LIDO.xml");

        var harvested = await HarvestOneAsync("lido", XElement.Load(path));

        Assert.Equal("0000.GRO1561.I", harvested.Object.ObjectNumber);
        Assert.Equal("Johannes predikt tot de menigte", harvested.Object.Titles[0].Text);
        Assert.Contains(harvested.Object.Makers, m => m.Agent.Name == "Bruegel, Pieter I");
        Assert.Equal("olieverfschildering", harvested.Object.ObjectName?.Label);
        await using var file = File.OpenRead(path);
        var imported = new LidoReader().Read(file, "groeningemuseum.xml", 0, Ct).Single();
        Assert.Equal(DepotJson.Serialize(imported with { Line = null }), DepotJson.Serialize(harvested));
    }

    [Fact]
    public async Task Dublin_core_fills_the_fields_depot_has_and_keeps_the_rest()
    {
        XNamespace o = "http://www.openarchives.org/OAI/2.0/oai_dc/", dc = DcNs, xml = XNamespace.Xml;
        var metadata = new XElement(o + "dc", new XAttribute(XNamespace.Xmlns + "oai_dc", o), new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XElement(dc + "title", new XAttribute(xml + "lang", "nl"), "Johannes predikt tot de menigte"),
            new XElement(dc + "title", new XAttribute(xml + "lang", "en"), "John the Baptist preaching"),
            new XElement(dc + "creator", "Bruegel, Pieter I"),
            new XElement(dc + "subject", new XAttribute(xml + "lang", "nl"), "landschappen"),
            new XElement(dc + "description", new XAttribute(xml + "lang", "nl"), "Een menigte luistert."),
            new XElement(dc + "description", "opschrift: P. BRVEGEL"),
            new XElement(dc + "publisher", "Musea Brugge"),
            new XElement(dc + "date", "1601/1620"),
            new XElement(dc + "type", new XAttribute(xml + "lang", "nl"), "olieverfschildering"),
            new XElement(dc + "format", new XAttribute(xml + "lang", "nl"), "olieverf"),
            new XElement(dc + "identifier", "https://depot.example/id/object/42"),
            new XElement(dc + "identifier", "0000.GRO1561.I"),
            new XElement(dc + "rights", "http://creativecommons.org/publicdomain/zero/1.0/"),
            new XElement(dc + "rights", "© Musea Brugge"),
            new XElement(dc + "rights", "Schenking van de Vrienden"),
            new XElement(dc + "language", "nl"));

        var r = await HarvestOneAsync("oai_dc", metadata);

        Assert.Equal("oai:vast:42", r.SourceId);
        Assert.Equal("0000.GRO1561.I", r.Object.ObjectNumber);
        Assert.Equal([new Title("Johannes predikt tot de menigte", "nl"), new Title("John the Baptist preaching", "en", TitleType.Alternate)], r.Object.Titles);
        Assert.Equal("Bruegel, Pieter I", Assert.Single(r.Object.Makers).Agent.Name);
        Assert.Equal("landschappen", Assert.Single(r.Object.Subjects).Term?.Label);
        Assert.Equal("Een menigte luistert.", r.Object.ShortDescription);
        Assert.Equal((1601, 1620), (r.Object.Dating?.Earliest, r.Object.Dating?.Latest));
        Assert.Equal("olieverfschildering", r.Object.ObjectName?.Label);
        Assert.Equal(new Rights("http://creativecommons.org/publicdomain/zero/1.0/", "Musea Brugge", "Schenking van de Vrienden"), r.Object.Rights);
        Assert.Equal(
            [new KeptField("dc:description", "opschrift: P. BRVEGEL"), new KeptField("dc:publisher", "Musea Brugge"), new KeptField("dc:format", "olieverf", "nl"),
             new KeptField("dc:identifier", "https://depot.example/id/object/42"), new KeptField("dc:language", "nl")],
            r.Kept);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public async Task Edm_as_depot_writes_it_fills_the_fields_with_their_uris_and_keeps_the_aggregation_links()
    {
        var r = await HarvestOneAsync("edm", XElement.Parse(EdmSamples.AsDepotWritesIt));

        Assert.Equal("https://depot.example/id/object/42", r.SourceId);
        Assert.Equal("0000.GRO1561.I", r.Object.ObjectNumber);
        Assert.Equal([new Title("Johannes predikt tot de menigte", "nl")], r.Object.Titles);
        var maker = Assert.Single(r.Object.Makers).Agent;
        Assert.Equal(("Pieter Bruegel I", "http://viaf.org/viaf/95761864"), (maker.Name, maker.Ids.Single().Value));
        Assert.Equal(("olieverfschildering", "http://vocab.getty.edu/aat/300033799"), (r.Object.ObjectName?.Label, r.Object.ObjectName?.Ids.Single()));
        var subject = Assert.Single(r.Object.Subjects).Term!;
        Assert.Equal(("landschappen", "http://vocab.getty.edu/aat/300015636"), (subject.Label, subject.Ids.Single()));
        Assert.Equal(("olieverf", "nl"), (r.Object.Materials.Single().Label, r.Object.Materials.Single().Language));
        Assert.Equal((1601, 1620), (r.Object.Dating?.Earliest, r.Object.Dating?.Latest));
        Assert.Equal("Johannes de Doper predikt", r.Object.ShortDescription);
        Assert.Equal(new Rights("http://creativecommons.org/publicdomain/zero/1.0/", "Musea Brugge", ""), r.Object.Rights);
        Assert.Contains(new KeptField("dc:type", "oil painting", "en"), r.Kept);
        Assert.Contains(new KeptField("dcterms:extent", "hoogte 112 cm"), r.Kept);
        Assert.Contains(new KeptField("ore:Aggregation/edm:isShownAt", "https://depot.example/doc/object/42"), r.Kept);
        Assert.Contains(new KeptField("ore:Aggregation/edm:dataProvider", "Musea Brugge"), r.Kept);
        Assert.Contains(new KeptField("edm:WebResource", "https://depot.example/iiif/image/9"), r.Kept);
        Assert.Contains(new KeptField("edm:WebResource/dc:format", "image/jpeg"), r.Kept);
    }

    [Fact]
    public async Task A_real_europeana_edm_record_is_mapped_and_what_depot_has_no_place_for_is_kept()
    {
        var path = ReferenceData.Require("edm/records/Item_35834473.xml");

        var r = await HarvestOneAsync("edm", XElement.Load(path));

        Assert.Equal("/08502/5F41E0B657BDD9923BA2C4655BB7A6880A2ED5C2", r.SourceId);
        Assert.Equal("local (default) 505/172", r.Object.ObjectNumber);
        Assert.Equal(["Paul Gauguin", "French, 1848-1903"], r.Object.Makers.Select(m => m.Agent.Name));
        Assert.Equal((1899, 1899), (r.Object.Dating?.Earliest, r.Object.Dating?.Latest));
        Assert.Equal("Art", Assert.Single(r.Object.Subjects).Term?.Label);
        Assert.Equal(("Oil On Canvas", "en"), (r.Object.Materials.Single().Label, r.Object.Materials.Single().Language));
        Assert.Equal("http://rightReserved.html", r.Object.Rights.Licence);
        Assert.StartsWith("Gift of Yad Hanadiv", r.Object.Rights.CreditLine, StringComparison.Ordinal);
        Assert.Contains(new KeptField("dc:creator", "http://dbpedia.org/resource/Paul_Gauguin"), r.Kept);
        Assert.Contains(new KeptField("dcterms:alternative", "THIS IS A TEST OBJECT"), r.Kept);
        Assert.Contains(new KeptField("dcterms:spatial", "France", "fr"), r.Kept);
        Assert.Contains(new KeptField("ore:Aggregation/edm:dataProvider", "Israel Museum, Jerusalem"), r.Kept);
        Assert.Contains(new KeptField("dc:rights", "Photo © The Israel Museum, Jerusalem"), r.Kept);
    }
}
