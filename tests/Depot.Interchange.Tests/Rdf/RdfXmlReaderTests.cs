using Depot.Interchange.Rdf;

namespace Depot.Interchange.Tests.Rdf;

public sealed class RdfXmlReaderTests
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    [Fact]
    public void Typed_nodes_resources_languages_and_nesting_are_read()
    {
        var triples = RdfXmlReader.Parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:skos="http://www.w3.org/2004/02/skos/core#" xml:lang="nl">
              <skos:Concept rdf:about="https://example.org/t/2">
                <skos:prefLabel>glas</skos:prefLabel>
                <skos:prefLabel xml:lang="en">glass</skos:prefLabel>
                <skos:broader rdf:resource="https://example.org/t/1"/>
                <skos:note rdf:datatype="http://www.w3.org/2001/XMLSchema#string">typed</skos:note>
                <skos:related>
                  <rdf:Description rdf:about="https://example.org/t/9"><skos:prefLabel>kristal</skos:prefLabel></rdf:Description>
                </skos:related>
                <skos:historyNote rdf:parseType="Resource"><skos:note>nested</skos:note></skos:historyNote>
              </skos:Concept>
            </rdf:RDF>
            """);

        var concept = new Iri("https://example.org/t/2");
        Assert.Contains(new Triple(concept, new Iri(RdfVocabulary.Type), new Iri(Skos + "Concept")), triples);
        Assert.Contains(new Triple(concept, new Iri(Skos + "prefLabel"), new Literal("glas", "nl", RdfVocabulary.LangString)), triples);
        Assert.Contains(new Triple(concept, new Iri(Skos + "prefLabel"), new Literal("glass", "en", RdfVocabulary.LangString)), triples);
        Assert.Contains(new Triple(concept, new Iri(Skos + "broader"), new Iri("https://example.org/t/1")), triples);
        Assert.Contains(new Triple(concept, new Iri(Skos + "note"), new Literal("typed")), triples);
        Assert.Contains(new Triple(concept, new Iri(Skos + "related"), new Iri("https://example.org/t/9")), triples);
        Assert.Contains(new Triple(new Iri("https://example.org/t/9"), new Iri(Skos + "prefLabel"), new Literal("kristal", "nl", RdfVocabulary.LangString)), triples);
        var history = triples.Single(t => t.Predicate.Value == Skos + "historyNote").Object;
        Assert.Contains(new Triple(history, new Iri(Skos + "note"), new Literal("nested", "nl", RdfVocabulary.LangString)), triples);
    }

    [Fact]
    public void A_dtd_is_refused_with_a_clear_message()
    {
        var xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
              <skos:Concept rdf:about="https://e.org/1"><skos:prefLabel>&xxe;</skos:prefLabel></skos:Concept>
            </rdf:RDF>
            """;

        var ex = Assert.Throws<RdfSyntaxException>(() => RdfXmlReader.Parse(xxe));

        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("niet toegestaan", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_names_the_line()
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => RdfXmlReader.Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
              <skos:Concept rdf:about="https://e.org/1">
                <skos:prefLabel>open
              </skos:Concept>
            </rdf:RDF>
            """));

        Assert.Equal(4, ex.Line);
        Assert.Contains("ongeldige XML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_parse_type_is_refused_with_its_line()
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => RdfXmlReader.Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://e.org/">
              <rdf:Description rdf:about="https://e.org/1">
                <ex:p rdf:parseType="Strange">x</ex:p>
              </rdf:Description>
            </rdf:RDF>
            """));

        Assert.Equal(3, ex.Line);
        Assert.Contains("parseType", ex.Message, StringComparison.Ordinal);
    }
}
