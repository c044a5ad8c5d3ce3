using System.Xml.Linq;
using Depot.Publishing.Tests.Support;
using static Depot.Publishing.Tests.Oai.OaiClient;

namespace Depot.Publishing.Tests.Oai;

public sealed class OaiFormatTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lido_records_validate_against_the_LIDO_1_1_schema()
    {
        var schema = ReferenceData.Require("lido/schema/lido-v1.1.xsd");
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "lido-museum", Ct);
        await depot.CreatePublicObjectAsync(museum.Organisation, "S.3", "Kaal record", Ct);
        await depot.CatchUpAsync(Ct);

        var records = (await GetAsync(depot, "verb=ListRecords&metadataPrefix=lido", Ct)).Descendants(Lido + "lido").ToList();

        Assert.Equal(2, records.Count);
        foreach (var lido in records) await AssertValidAsync(lido, schema);
        var painting = records.Single(r => r.Descendants(Lido + "workID").Any(w => w.Value == "S.1"));
        Assert.Equal(depot.Uris.Object(museum.Painting.Id), painting.Element(Lido + "lidoRecID")!.Value);
        Assert.Contains("http://vocab.getty.edu/aat/300015050", painting.Descendants(Lido + "conceptID").Select(c => c.Value));
        Assert.Equal("Museum lido-museum", painting.Descendants(Lido + "recordSource").Single().Value);
    }

    [Fact]
    public async Task Edm_records_validate_against_EDM_xsd_with_the_image_as_web_resource_and_a_rights_statement()
    {
        var schema = ReferenceData.Require("edm/schema/EDM.xsd");
        await using var depot = await PublicDepot.StartAsync(Ct, "Depot:Publishing:Oai:EuropeanaProvider=Vlaamse Erfgoedaggregator");
        var museum = await OaiMuseum.CreateAsync(depot, "edm-museum", Ct);
        await depot.CreatePublicObjectAsync(museum.Organisation, "S.3", "Kaal record", Ct);
        await depot.CatchUpAsync(Ct);

        var records = (await GetAsync(depot, "verb=ListRecords&metadataPrefix=edm", Ct)).Descendants(Rdf + "RDF").ToList();

        Assert.Equal(2, records.Count);
        foreach (var rdf in records) await AssertValidAsync(rdf, schema);
        var painting = records.Single(r => r.Descendants(Dc + "identifier").Any(i => i.Value == "S.1"));
        var cho = depot.Uris.Object(museum.Painting.Id);
        Assert.Equal(cho, (string?)painting.Element(Edm + "ProvidedCHO")!.Attribute(Rdf + "about"));
        var image = (string)painting.Element(Edm + "WebResource")!.Attribute(Rdf + "about")!;
        Assert.StartsWith(depot.BaseUrl + "/media/", image);
        XNamespace ore = "http://www.openarchives.org/ore/terms/";
        var aggregation = painting.Element(ore + "Aggregation")!;
        Assert.Equal(cho, (string?)aggregation.Element(Edm + "aggregatedCHO")!.Attribute(Rdf + "resource"));
        Assert.Equal("Museum edm-museum", aggregation.Element(Edm + "dataProvider")!.Value);
        Assert.Equal("Vlaamse Erfgoedaggregator", aggregation.Element(Edm + "provider")!.Value);
        Assert.Equal(image, (string?)aggregation.Element(Edm + "isShownBy")!.Attribute(Rdf + "resource"));
        Assert.Equal("http://creativecommons.org/publicdomain/mark/1.0/", (string?)aggregation.Element(Edm + "rights")!.Attribute(Rdf + "resource"));
        var bare = records.Single(r => r != painting).Element(ore + "Aggregation")!;
        Assert.Equal("http://rightsstatements.org/vocab/CNE/1.0/", (string?)bare.Element(Edm + "rights")!.Attribute(Rdf + "resource"));
    }

    [Fact]
    public async Task No_format_carries_an_internal_field_or_a_non_public_record()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var museum = await OaiMuseum.CreateAsync(depot, "private-museum", Ct);

        foreach (var prefix in new[] { "oai_dc", "lido", "edm" })
        {
            var text = (await GetAsync(depot, "verb=ListRecords&metadataPrefix=" + prefix, Ct)).ToString();
            Assert.Contains("Bloemen in een houten vat", text);
            Assert.DoesNotContain(OaiMuseum.SecretDonor, text);
            Assert.DoesNotContain(OaiMuseum.SecretCondition, text);
            Assert.DoesNotContain("Schenking onder voorwaarden", text);
            Assert.DoesNotContain("Intern studiestuk", text);
            Assert.DoesNotContain(":object:" + museum.Internal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "<", text);
        }
    }

    /// <summary>xmllint against the local schema, offline (imports resolve inside the schema folder).</summary>
    private static async Task AssertValidAsync(XElement element, string schema)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("depot-oai-").FullName, "record.xml");
        await File.WriteAllTextAsync(file, new XDocument(element).ToString(), Ct);
        var result = await Validators.RunAsync("xmllint", ["--nonet", "--noout", "--schema", schema, file], Ct);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("validates", result.Stderr);
    }
}
