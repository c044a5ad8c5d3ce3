using Depot.Interchange.Rdf;
using Depot.Interchange.Skos;
using Depot.Interchange.Tests.Support;

namespace Depot.Interchange.Tests.Skos;

public sealed class SkosDocumentTests
{
    [Fact]
    public void Turtle_sample_maps_labels_hierarchy_and_notes()
    {
        using var stream = Samples.Open("objects-small.ttl");
        var doc = SkosFile.Read(stream, "objects-small.ttl");
        var warnings = new List<SkosImportWarning>();
        var inverse = SkosMapping.BroaderFromNarrower(doc.Concepts);
        var drafts = doc.Concepts.Select(c => SkosMapping.Map(c, inverse, warnings)).OfType<ConceptDraft>().ToDictionary(d => d.Uri);

        var scheme = Assert.Single(doc.Schemes);
        Assert.Equal("Objectnamen (test)", SkosMapping.Title(scheme, SkosMapping.Dutch));
        Assert.Equal("Object names (test)", SkosMapping.Title(scheme, SkosMapping.English));
        Assert.Equal(4, drafts.Count);

        var kast = drafts["https://example.org/thes/objects/2"];
        Assert.Equal("kast", kast.PrefLabelNl);
        Assert.Equal("cupboard", kast.PrefLabelEn);
        Assert.Equal(["schrank", "armoire"], kast.AltLabels);
        Assert.Equal("Meubel met deuren,\nom iets in te bewaren.", kast.ScopeNote);
        Assert.Equal("https://example.org/thes/objects/1", kast.BroaderUri);

        Assert.Equal(["http://vocab.getty.edu/aat/300037680"], drafts["https://example.org/thes/objects/1"].ExactMatches);
        Assert.Equal(["http://www.wikidata.org/entity/Q15026"], drafts["https://example.org/thes/objects/3"].CloseMatches);
        Assert.Equal("clock", drafts["https://example.org/thes/objects/4"].PrefLabelNl);
        Assert.Contains(warnings, w => w.Code == "prefLabel.missing" && w.ConceptUri.EndsWith("/5", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Code == "prefLabel.nl.missing" && w.ConceptUri.EndsWith("/4", StringComparison.Ordinal));
    }

    [Fact]
    public void Rdf_xml_sample_reads_the_same_way()
    {
        using var stream = Samples.Open("techniques.rdf");
        var doc = SkosFile.Read(stream, "techniques.rdf");

        Assert.Equal("https://example.org/thes/techniques", Assert.Single(doc.Schemes).Uri);
        var etching = doc.Concepts.Single(c => c.Uri.EndsWith("etching", StringComparison.Ordinal));
        Assert.Contains(new SkosLabel("etsen", "nl-be"), etching.PrefLabels);
        Assert.Equal(["https://example.org/thes/techniques/printing"], etching.Broader);
        Assert.Equal(["http://vocab.getty.edu/aat/300053241"], etching.ExactMatches);
    }

    [Theory]
    [InlineData("hostile-xxe.rdf")]
    [InlineData("hostile-entity-bomb.rdf")]
    public void Hostile_xml_is_refused_before_anything_is_read(string name)
    {
        using var stream = Samples.Open(name);

        var ex = Assert.Throws<RdfSyntaxException>(() => SkosFile.Read(stream, name));

        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_turtle_names_the_line()
    {
        using var stream = Samples.Open("broken.ttl");

        var ex = Assert.Throws<RdfSyntaxException>(() => SkosFile.Read(stream, "broken.ttl"));

        Assert.Equal(7, ex.Line);
    }

    [Theory]
    [InlineData("x.ttl", "<https://e.org/a> <https://e.org/p> 1 .", RdfFormat.Turtle)]
    [InlineData("upload", "<?xml version=\"1.0\"?><rdf:RDF/>", RdfFormat.RdfXml)]
    [InlineData("upload", "<https://e.org/a> <https://e.org/p> 1 .", RdfFormat.Turtle)]
    [InlineData("thes.rdf", "", RdfFormat.RdfXml)]
    public void Format_is_found_by_name_then_content(string name, string start, RdfFormat expected) =>
        Assert.Equal(expected, SkosFile.Detect(name, System.Text.Encoding.UTF8.GetBytes(start)));
}
