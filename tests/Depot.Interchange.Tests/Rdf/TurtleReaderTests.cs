using Depot.Interchange.Rdf;

namespace Depot.Interchange.Tests.Rdf;

public sealed class TurtleReaderTests
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";

    [Fact]
    public void Prefixed_names_a_and_language_tags_are_read()
    {
        var triples = TurtleReader.Parse("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix ex: <https://example.org/t/> .
            ex:1 a skos:Concept ;
                skos:prefLabel "hout"@nl-BE, "wood"@en .
            """);

        Assert.Equal(3, triples.Count);
        Assert.Equal(new Triple(new Iri("https://example.org/t/1"), new Iri(RdfVocabulary.Type), new Iri(Skos + "Concept")), triples[0]);
        Assert.Equal(new Literal("hout", "nl-be", RdfVocabulary.LangString), triples[1].Object);
        Assert.Equal(new Literal("wood", "en", RdfVocabulary.LangString), triples[2].Object);
    }

    [Fact]
    public void Sparql_style_prefix_and_base_resolve_relative_iris()
    {
        var triples = TurtleReader.Parse("""
            BASE <https://example.org/thes/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            <12> skos:broader <3> .
            """);

        var t = Assert.Single(triples);
        Assert.Equal(new Iri("https://example.org/thes/12"), t.Subject);
        Assert.Equal(new Iri("https://example.org/thes/3"), t.Object);
    }

    [Fact]
    public void Long_strings_escapes_and_datatypes_are_read()
    {
        var triples = TurtleReader.Parse(""""
            @prefix ex: <https://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:a ex:note """Eerste regel
            tweede "regel" met ''quotes''""" ;
                ex:esc "tab\there \"q\" \u00e9\U0001F600 back\\slash" ;
                ex:single 'enkel' ;
                ex:n 42 ; ex:d -1.5 ; ex:e 1e3 ; ex:b true ;
                ex:typed "2026-11-24"^^xsd:date ;
                ex:typed2 "x"^^<https://example.org/dt> .
            """");

        var objects = triples.Select(t => t.Object).ToList();
        Assert.Equal(new Literal("Eerste regel\ntweede \"regel\" met ''quotes''"), objects[0]);
        Assert.Equal(new Literal("tab\there \"q\" é😀 back\\slash"), objects[1]);
        Assert.Equal(new Literal("enkel"), objects[2]);
        Assert.Equal(new Literal("42", "", RdfVocabulary.XsdInteger), objects[3]);
        Assert.Equal(new Literal("-1.5", "", RdfVocabulary.XsdDecimal), objects[4]);
        Assert.Equal(new Literal("1e3", "", RdfVocabulary.XsdDouble), objects[5]);
        Assert.Equal(new Literal("true", "", RdfVocabulary.XsdBoolean), objects[6]);
        Assert.Equal(new Literal("2026-11-24", "", RdfVocabulary.Xsd + "date"), objects[7]);
        Assert.Equal(new Literal("x", "", "https://example.org/dt"), objects[8]);
    }

    [Fact]
    public void Blank_nodes_labelled_nested_and_collections_are_read()
    {
        var triples = TurtleReader.Parse("""
            @prefix ex: <https://example.org/> .
            _:b1 ex:p ex:o .
            ex:s ex:source [ a ex:Citation ; ex:text "VIOE" ] ;
                 ex:list ( ex:x "y" ) .
            [ ex:q 1 ] .
            """);

        Assert.Equal(new BlankNode("b1"), triples[0].Subject);
        var source = triples.Single(t => t.Predicate.Value == "https://example.org/source").Object;
        Assert.IsType<BlankNode>(source);
        Assert.Contains(triples, t => t.Subject == source && t.Object == new Literal("VIOE"));
        var list = triples.Single(t => t.Predicate.Value == "https://example.org/list").Object;
        Assert.Contains(triples, t => t.Subject == list && t.Predicate.Value == RdfVocabulary.First && t.Object == new Iri("https://example.org/x"));
        Assert.Contains(triples, t => t.Predicate.Value == RdfVocabulary.Rest && t.Object == new Iri(RdfVocabulary.Nil));
        Assert.Contains(triples, t => t.Predicate.Value == "https://example.org/q");
    }

    [Fact]
    public void Trailing_semicolons_comments_and_dots_in_names_are_accepted()
    {
        var triples = TurtleReader.Parse("""
            @prefix ex: <https://example.org/> . # comment
            ex:a.b ex:p ex:c ; # another
                ex:q ex:d.e ;
            .
            ex:f ex:p ex:g.
            """);

        Assert.Equal(3, triples.Count);
        Assert.Equal(new Iri("https://example.org/a.b"), triples[0].Subject);
        Assert.Equal(new Iri("https://example.org/d.e"), triples[1].Object);
        Assert.Equal(new Iri("https://example.org/g"), triples[2].Object);
    }

    [Theory]
    [InlineData("@prefix ex: <https://e.org/> .\nex:a ex:p \"open\n", 2, "regeleinde")]
    [InlineData("@prefix ex: <https://e.org/> .\n\nex:a ex:p ex:b\nex:c ex:p ex:d .", 4, "'.' verwacht")]
    [InlineData("@prefix ex: <https://e.org/> .\nex:a foo:p ex:b .", 2, "onbekend prefix 'foo:'")]
    [InlineData("<https://e.org/a> <https://e.org/p> <https://e.org/b c> .", 1, "ongeldig teken ' ' in een IRI")]
    [InlineData("@prefix ex: <https://e.org/> .\nex:a ex:p \"x\"@ .", 2, "taalcode verwacht")]
    [InlineData("@prefix ex: <https://e.org/> .\nex:a ex:p \"\"\"never closed", 2, "lange tekenreeks niet afgesloten")]
    [InlineData("@prefix ex: <https://e.org/> .\nex:a ex:p \"bad \\q escape\" .", 2, "ongeldige escape")]
    [InlineData("@prefix ex: <https://e.org/> .\nex:a ex:p [ ex:q ex:r .", 2, "']' verwacht")]
    [InlineData("@foo ex: <https://e.org/> .", 1, "onbekende richtlijn")]
    public void Malformed_input_names_the_line(string turtle, int line, string reason)
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => TurtleReader.Parse(turtle));

        Assert.Equal(line, ex.Line);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"regel {line}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Triples_stream_before_a_later_error()
    {
        var text = "@prefix ex: <https://e.org/> .\nex:a ex:p ex:b .\nex:c ex:p ;";
        using var e = TurtleReader.Read(new StringReader(text)).GetEnumerator();

        Assert.True(e.MoveNext());
        Assert.Equal(new Iri("https://e.org/a"), e.Current.Subject);
        Assert.Throws<RdfSyntaxException>(() => e.MoveNext());
    }
}
