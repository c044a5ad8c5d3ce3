using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Lido;

/// <summary>Key fields of real LIDO records, read from the reference data.</summary>
public sealed class LidoKeyFieldsTests
{
    [Fact]
    public void Groeningemuseum_record_maps_number_titles_makers_dating_materials_and_dimensions()
    {
        var record = Assert.Single(LidoTestFiles.Read("examples/groeningemuseum-0000_GRO1561_I-LIDO.xml"));
        var o = record.Object;

        Assert.Equal("groeningemuseum:0000_GRO1561_I", record.SourceId);
        Assert.Equal("0000.GRO1561.I", o.ObjectNumber);
        Assert.Equal(new Title("Johannes predikt tot de menigte", "nl", TitleType.Preferred), o.Titles[0]);
        Assert.Contains(o.Titles, t => t.Text == "John the Baptist preaching" && t.Type == TitleType.Alternate);
        Assert.Equal("olieverfschildering", o.ObjectName!.Label);
        Assert.Contains("http://vocab.getty.edu/aat/300033799", o.ObjectName.Ids);
        Assert.Contains("local:20000153", o.ObjectName.Ids);
        Assert.Equal(["schilderingen", "landschappen", "religieuze voorstellingen"], o.Classifications.Select(c => c.Label));

        Assert.Equal(3, o.Makers.Count);
        var bruegel = o.Makers[0];
        Assert.Equal("Bruegel, Pieter I", bruegel.Agent.Name);
        Assert.Equal("kopie naar", bruegel.Qualifier);
        Assert.Contains(new ExternalId("viaf", "95761864"), bruegel.Agent.Ids);
        Assert.Contains(new ExternalId("rkd", "13292"), bruegel.Agent.Ids);
        Assert.Contains(new ExternalId("wikidata", "Q43270"), bruegel.Agent.Ids);
        Assert.Contains(new ExternalId("local", "20000199"), bruegel.Agent.Ids);
        Assert.Equal(1526, bruegel.Agent.Birth!.Earliest);
        Assert.Equal(1569, bruegel.Agent.Death!.Latest);
        Assert.Equal("atelier van", o.Makers[1].Qualifier);

        Assert.Equal((1601, 1620, DatePrecision.Circa), (o.Dating!.Earliest, o.Dating.Latest, o.Dating.Precision));
        Assert.Equal("circa 1601 - circa 1620", o.Dating.Text);
        Assert.Equal(["olieverf", "eikenhout"], o.Materials.Select(m => m.Label));
        Assert.Contains("http://vocab.getty.edu/aat/300012264", o.Materials[1].Ids);
        Assert.Contains(new Dimension("hoogte", 118.7m, "cm", "geheel"), o.Dimensions);
        Assert.Contains(new Dimension("gewicht", 29.10m, "kg", "met lijst"), o.Dimensions);
        Assert.Equal(7, o.Dimensions.Count);
        Assert.StartsWith("Dit schilderij is een van de vele kopieën", o.ShortDescription, StringComparison.Ordinal);

        // What Depot has no field for is kept with its path.
        Assert.Contains(record.Kept, k => k.Path == "lido:descriptiveMetadata/lido:eventWrap/lido:eventSet/lido:event/lido:periodName/lido:term" && k.Value == "17de eeuw" && k.Language == "nl");
        Assert.Contains(record.Kept, k => k.Path.EndsWith("lido:repositoryName/lido:legalBodyName/lido:appellationValue", StringComparison.Ordinal) && k.Value == "Musea Brugge - Groeningemuseum");
        Assert.Contains(record.Kept, k => k.Path == "lido:administrativeMetadata/lido:resourceWrap/lido:resourceSet/lido:resourceRepresentation/lido:linkResource");
        Assert.Contains(record.Kept, k => k.Path.EndsWith("lido:eventMaterialsTech/lido:displayMaterialsTech", StringComparison.Ordinal) && k.Value == "olieverf op paneel");
        Assert.Contains(record.Kept, k => k.Path == "lido:lidoRecID" && k.Value == "http://groeningemuseum.be/collection/work/data/0000_GRO1561_I");
    }

    [Fact]
    public void Kmska_record_maps_maker_with_viaf_and_rkd_and_keeps_the_placeholder_date()
    {
        var record = Assert.Single(LidoTestFiles.Read("flemish/kmska_lido.xml"));
        var o = record.Object;

        Assert.Equal("http://resolver.kmska.be/collection/7", record.SourceId);
        Assert.Equal("Oorlogsschip \"De Jacob\" voor anker", o.Titles.Single().Text);
        Assert.Equal("schilderij", o.ObjectName!.Label);
        var maker = Assert.Single(o.Makers);
        Assert.Equal(("Ludolf Backhuysen", "schilder"), (maker.Agent.Name, maker.Role));
        Assert.Contains(new ExternalId("viaf", "40185031"), maker.Agent.Ids);
        Assert.Contains(new ExternalId("rkd", "3414"), maker.Agent.Ids);
        Assert.Null(o.Dating); // earliest/latest "0" is no year
        Assert.Contains(record.Kept, k => k.Path.EndsWith("lido:date/lido:earliestDate", StringComparison.Ordinal) && k.Value == "0");
        Assert.Contains(o.Subjects, s => s.Kind == SubjectKind.DepictedConcept && s.Term!.Label == "Zeegezichten");
        Assert.Contains(record.Kept, k => k.Value == "olieverf op doek");
        Assert.Contains(record.Issues, i => i.Field == "lido:workID" && i.Severity == IssueSeverity.Warning);
        Assert.Equal(record.SourceId, o.ObjectNumber); // no workID: the lidoRecID stands in
    }

    [Fact]
    public void Mskg_record_maps_number_titles_maker_and_adlib_style_circa_date()
    {
        var record = LidoTestFiles.Read("flemish/MSKG_LIDO1testrecords.xml")[0];
        var o = record.Object;

        Assert.Equal("310002974", record.SourceId);
        Assert.Equal("1812-A", o.ObjectNumber);
        Assert.Equal(["Naderend onweer", "Paysage orageux", "The Approaching Storm"], o.Titles.Select(t => t.Text));
        Assert.Equal(TitleType.Preferred, o.Titles[0].Type);
        Assert.Equal("olieverfschilderij", o.ObjectName!.Label);
        var maker = Assert.Single(o.Makers);
        Assert.Equal("Jonghe, Jean-Baptiste De", maker.Agent.Name);
        Assert.Contains(new ExternalId("local", "310047125"), maker.Agent.Ids);
        Assert.Equal((1812, 1812, DatePrecision.Circa), (o.Dating!.Earliest, o.Dating.Latest, o.Dating.Precision));
        Assert.Contains(record.Kept, k => k.Value == "acquisition");
    }

    [Fact]
    public void Lido_1_1_record_reads_skos_concepts_and_uri_preferences()
    {
        var record = Assert.Single(LidoTestFiles.Read("examples/LIDO-v1.1-Example_FMobj00154983-LaPrimavera.xml"));
        var o = record.Object;

        Assert.Equal("8360 (Inv. 1890)", o.ObjectNumber);
        Assert.Contains(new Title("La Primavera", "it", TitleType.Preferred), o.Titles);
        Assert.Contains(new Title("Spring", "en", TitleType.Preferred), o.Titles);
        Assert.Contains(new Title("allegoria della primavera", "it", TitleType.Alternate), o.Titles);
        Assert.Contains("http://vocab.getty.edu/aat/300033618", o.ObjectName!.Ids);
        var botticelli = Assert.Single(o.Makers);
        Assert.Equal("Botticelli, Sandro", botticelli.Agent.Name);
        Assert.Contains(new ExternalId("ulan", "500015254"), botticelli.Agent.Ids);
        Assert.Contains(new ExternalId("d-nb.info", "https://d-nb.info/gnd/118514008"), botticelli.Agent.Ids);
        Assert.Equal((1480, 1485), (o.Dating!.Earliest, o.Dating.Latest));
        Assert.Contains(o.Techniques, t => t.Label == "Tafelmalerei");
        Assert.Contains(new Dimension("height", 203m, "centimetre"), o.Dimensions);
        Assert.Contains(o.Subjects, s => s.Term!.Ids.Contains("http://iconclass.org/92D3"));
        Assert.Equal("Galleria degli Uffizi", o.Rights.Holder);
    }

    [Fact]
    public void Bildarchiv_record_maps_ulan_and_gnd_ids_and_a_range_dating()
    {
        var record = Assert.Single(LidoTestFiles.Read("examples/Bildarchiv_Foto_Marburg.xml"));
        var o = record.Object;

        Assert.Equal("DE-Mb112/lido/obj/20270079", record.SourceId);
        Assert.Equal("Kunsthistorisches Museum und Naturhistorisches Museum", o.Titles[0].Text);
        Assert.Equal(["Semper, Gottfried", "Hasenauer, Carl von (Freiherr)"], o.Makers.Select(m => m.Agent.Name));
        Assert.Contains(new ExternalId("ulan", "500031906"), o.Makers[0].Agent.Ids);
        Assert.Equal("Entwerfer", o.Makers[0].Role);
        Assert.Equal((1872, 1881), (o.Dating!.Earliest, o.Dating.Latest));
    }

    [Fact]
    public void Lido_1_0_example_maps_materials_and_role()
    {
        var record = Assert.Single(LidoTestFiles.Read("examples/LIDO-Example_FMobj00154983-LaPrimavera.xml"));

        Assert.Equal(["tempera", "poplar"], record.Object.Materials.Select(m => m.Label));
        Assert.Equal("painter", record.Object.Makers.Single().Role);
        Assert.Equal(1482, record.Object.Dating!.Earliest);
    }
}
