using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Adlib;

public sealed class AdlibReaderTests
{
    [Fact]
    public async Task Groeningemuseum_record_maps_grouped_fields()
    {
        var r = Assert.Single(await AdlibFiles.ReadFile(ReferenceData.Require(AdlibFiles.Groeninge)));
        var o = r.Object;

        Assert.Equal("20000001", r.SourceId);
        Assert.Equal(1, r.Position);
        Assert.Equal(3, r.Line);
        Assert.Equal("0000.GRO1561.I", o.ObjectNumber);
        Assert.Equal(new Title("Johannes predikt tot de menigte", "nl", TitleType.Preferred), o.Titles[0]);
        Assert.Equal(["Jean Baptiste prêchant", "John the Baptist preaching", "Johannes der Täufer predigt"],
            o.Titles.Skip(1).Where(t => t.Type == TitleType.Alternate).Select(t => t.Text));
        Assert.Equal(("olieverfschildering", "nl", ""), Terms.Of(o.ObjectName));
        Assert.Equal(["schilderingen"], o.Classifications.Select(c => c.Label));
        Assert.Equal(1, o.NumberOfParts);
        Assert.StartsWith("Dit schilderij is een van de vele kopieën", o.ShortDescription, StringComparison.Ordinal);

        Assert.Equal(["Bruegel, Pieter I", "Brueghel, Pieter II", "Brueghel, Jan I"], o.Makers.Select(m => m.Agent.Name));
        Assert.Equal(["kopie naar", "atelier van", "atelier van"], o.Makers.Select(m => m.Qualifier));
        Assert.Equal(new HistoricalDate(1564, 1564, "1564-05-23"), o.Makers[1].Agent.Birth);
        Assert.Equal(new HistoricalDate(1638, 1638, "1638-03"), o.Makers[1].Agent.Death);

        Assert.Equal(new HistoricalDate(1601, 1620, "circa 1601 - circa 1620", DatePrecision.Circa), o.Dating);
        Assert.Equal(["olieverf", "eikenhout"], o.Materials.Select(m => m.Label));
        Assert.Equal(7, o.Dimensions.Count);
        Assert.Equal(new Dimension("hoogte", 118.7m, "cm", "geheel"), o.Dimensions[0]);
        Assert.Equal(new Dimension("gewicht", 29.1m, "kg", "met lijst"), o.Dimensions[5]);
        Assert.Equal("goed", o.Condition?.Label);
        Assert.Equal("Groeningemuseum, zaal 4", o.CurrentLocation);
        Assert.Equal(("aankoop", "nl", ""), Terms.Of(o.Acquisition?.Method));
        Assert.Equal("Barré de Comogne, de", o.Acquisition?.Source?.Name);
        Assert.Null(o.Acquisition?.Date);
        Assert.Equal(["religieuze voorstellingen", "landschappen"],
            o.Subjects.Where(s => s.Kind == SubjectKind.MainMotif).Select(s => s.Term!.Label));

        // What Depot has no place for is kept verbatim, with its group and language.
        Assert.Equal("1961", AdlibFiles.Kept(r, "acquisition.date"));
        Assert.Equal("17de eeuw", AdlibFiles.Kept(r, "production.period"));
        Assert.Equal("olieverf op paneel", AdlibFiles.Kept(r, "physical_description"));
        Assert.Equal("medium", AdlibFiles.Kept(r, "Material[1]/material.part"));
        Assert.Equal("Dit betreft de oude lijst.", AdlibFiles.Kept(r, "Dimension[6]/dimension.notes"));
        Assert.Equal("Rijksmuseum", AdlibFiles.Kept(r, "Loan_out/loan.out.requester"));
        Assert.Equal("toegekende titel", AdlibFiles.Kept(r, "Title/title.type"));
        Assert.Equal("2012-06-18T14:15:13", AdlibFiles.Kept(r, "@creation"));
        Assert.Contains(new KeptField("Loan_out/loan.out.status", "afgesloten", "nl"), r.Kept);
        Assert.Contains(new KeptField("Loan_out/loan.out.status", "CONCLUDED"), r.Kept);
        Assert.Contains(new KeptField("Loan_out/loan.out.status", "clôturé", "fr"), r.Kept);
        Assert.Equal(62, r.Kept.Count(k => k.Path.StartsWith("Edit[", StringComparison.Ordinal) && k.Path.EndsWith("/edit.date", StringComparison.Ordinal)));
        Assert.Equal("2005-08-02", AdlibFiles.Kept(r, "Edit[62]/edit.date"));
        Assert.DoesNotContain(r.Kept, k => k.Path == "object_number" || k.Path == "Production[1]/creator" || k.Path == "@priref");
        Assert.Empty(r.Issues);
    }

    [Fact]
    public async Task Amsterdam_linked_terms_carry_their_uris()
    {
        var r = Assert.Single(await AdlibFiles.ReadFile(ReferenceData.Require("adlib/amsterdam-museum/AMcollectpriref1.adlib.xml")));
        var o = r.Object;

        Assert.Equal("1", r.SourceId);
        Assert.Equal("A 8", o.ObjectNumber);
        Assert.Equal(("prent", "nl", "http://vocab.getty.edu/aat/300041273"), Terms.Of(o.ObjectName));
        Assert.Equal(["Bosch, Anthonie van den", "Saenredam, Pieter Jansz."], o.Makers.Select(m => m.Agent.Name));
        Assert.Equal(["", "naar"], o.Makers.Select(m => m.Qualifier));
        Assert.Equal(new ExternalId("hdl.handle.net", "http://hdl.handle.net/11259/people.14736"), Assert.Single(o.Makers[1].Agent.Ids));
        Assert.Equal(new HistoricalDate(1783, 1838, "1783 - 1838"), o.Dating);
        Assert.Equal(["ingekleurd", "geëtst"], o.Techniques.Select(t => t.Label));
        Assert.Equal(["papier"], o.Materials.Select(t => t.Label));
        Assert.Equal(new Dimension("breedte c", 49.0m, "cm"), o.Dimensions[3]);
        Assert.Equal(new Rights("Public Domain", "", "Amsterdam Museum"), o.Rights);
        Assert.Equal("stadsgezicht Amsterdam", Assert.Single(o.Subjects).Term!.Label);
        Assert.Equal("stadsgezicht", AdlibFiles.Kept(r, "content.motif.general/broader_term"));
        Assert.Equal("0000", AdlibFiles.Kept(r, "acquisition.date"));
        Assert.Contains(r.Issues, i => i.Field == "acquisition.date" && i.En.Contains("0000", StringComparison.Ordinal));
        Assert.Equal("http://hdl.handle.net/11259/collection.1", AdlibFiles.Kept(r, "persistent_ID"));
    }

    [Fact]
    public async Task Amsterdam_geographic_subjects_become_depicted_places_with_their_ids()
    {
        var r = Assert.Single(await AdlibFiles.ReadFile(ReferenceData.Require("adlib/amsterdam-museum/AMcollectpriref4.adlib.xml")));

        var places = r.Object.Subjects.Where(s => s.Kind == SubjectKind.DepictedPlace).Select(s => s.Place!).ToList();
        Assert.Equal(["Engelse huizen", "Muntplein", "Amstel", "Munttoren"], places.Select(p => p.Name));
        Assert.Contains(new ExternalId("wikidata", "Q1947050"), places[2].Ids);
        Assert.Contains("Amsterdam centrum", AdlibFiles.Kept(r, "content_subject[1]/content.subject/broader_term/term"), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1929, 12, 13), r.Object.Acquisition?.Date);
        Assert.Equal(new ExternalId("hdl.handle.net", "http://hdl.handle.net/11259/people.25029"), Assert.Single(r.Object.Makers).Agent.Ids[0]);
    }

    [Fact]
    public async Task Axiell_export_reads_every_record_with_local_ids_and_groups()
    {
        var records = await AdlibFiles.ReadFile(ReferenceData.Require(AdlibFiles.Axiell));

        Assert.Equal(100, records.Count);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), records.Select(r => r.Position));
        Assert.Equal(100, records.Select(r => r.SourceId).Distinct().Count());
        Assert.All(records, r => Assert.NotEqual("", r.Object.ObjectNumber));

        var first = records[0];
        Assert.Equal("25", first.SourceId);
        Assert.Equal("2043", first.Object.ObjectNumber);
        var maker = Assert.Single(first.Object.Makers);
        Assert.Equal(new SourceMaker(maker.Agent, "painter", ""), maker);
        Assert.Equal([new ExternalId("local", "529")], maker.Agent.Ids);
        Assert.Equal(("canvas", "nl", "local:1455"), Terms.Of(Assert.Single(first.Object.Materials)));
        Assert.Equal(new Dimension("width", 97.1m, "cm"), Assert.Single(first.Object.Dimensions));
        Assert.Equal(new Inscription("label", "Agnew's, Bond St. & Manchester, no. 6992", "verso, stretcher"), Assert.Single(first.Object.Inscriptions));
        Assert.Equal(new HistoricalDate(1838, 1838, "circa 1838-02", DatePrecision.Circa), first.Object.Dating);
        Assert.Equal("Shelf 1", first.Object.CurrentLocation);
        Assert.Equal("MS", AdlibFiles.Kept(first, "Inscription/inscription.method"));
        Assert.Equal("Formerly 'Studio of van Dyck'.", AdlibFiles.Kept(first, "Production/production.notes"));
    }

    [Theory]
    [InlineData(AdlibFiles.Groeninge)]
    [InlineData(AdlibFiles.Axiell)]
    [InlineData("adlib/amsterdam-museum/AMcollectpriref2.adlib.xml")]
    [InlineData("adlib/amsterdam-museum/AMcollectpriref6.adlib.xml")]
    [InlineData("adlib/amsterdam-museum/AMcollectpriref11.adlib.xml")]
    public async Task Every_value_in_the_export_is_mapped_or_kept(string file)
    {
        var path = ReferenceData.Require(file);
        var records = await AdlibFiles.ReadFile(path);

        var missing = LosslessCheck.Missing(path, records);

        Assert.Empty(missing);
    }
}
