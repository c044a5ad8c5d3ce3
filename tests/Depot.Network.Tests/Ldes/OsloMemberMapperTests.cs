using Depot.Core.Publishing;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Oslo;
using Depot.Interchange.Rdf;
using Depot.Interchange.Sources;
using Depot.Publishing;
using Depot.Publishing.LinkedData;

namespace Depot.Network.Tests.Ldes;

/// <summary>A Depot object as Depot's LDES describes it (OSLO), written as Turtle, read back and mapped: every published field survives.</summary>
public sealed class OsloMemberMapperTests
{
    private static readonly PublicUris Uris = new(new PublishingOptions { BaseUri = new Uri("http://bron.test") });

    private static PublicObject Rich()
    {
        var painter = new PublicAgent(3, "Rubens, Peter Paul", true, "1577", "1640", ["http://viaf.org/viaf/12345"]);
        var atelier = new PublicAgent(4, "Atelier Rubens", false, "", "", []);
        var antwerpen = new PublicPlace(5, "Antwerpen", 51.2, 4.4, ["https://sws.geonames.org/2803138/"]);
        PublicTerm Term(long id, string nl, string aat) => new(id, nl, "", "http://vocab.getty.edu/aat/" + aat, []);
        return new PublicObject
        {
            Id = 42,
            Organisation = new PublicOrganisation(1, "bron", "Museum Bron", "museum", "Gent"),
            ObjectNumber = "1999.12",
            Titles = [new Title("De aanbidding", "nl"), new Title("The adoration", "en", TitleType.Alternate)],
            ShortDescription = "Olieverf op paneel.",
            NumberOfParts = 2,
            ObjectName = Term(10, "schilderij", "300033618"),
            Makers = [new PublicMaker(painter, "schilder", "toegeschreven aan"), new PublicMaker(atelier, "", "")],
            Dating = new PublicDating("ca. 1610-1620", 1610, 1620, "1610~/1620~"),
            Materials = [Term(11, "olieverf", "300015050"), Term(12, "paneel", "300014657")],
            Techniques = [Term(13, "schilderen", "300054216")],
            Dimensions = [new Dimension("hoogte", 120.5m, "cm", "met lijst"), new Dimension("breedte", 80m, "cm")],
            Subjects =
            [
                new PublicSubject(SubjectKind.MainMotif, Term(14, "aanbidding", "300404502"), null, null),
                new PublicSubject(SubjectKind.DepictedAgent, null, painter, null),
                new PublicSubject(SubjectKind.DepictedPlace, null, null, antwerpen),
            ],
            Inscriptions = [new Inscription("signatuur", "P.P.R.", "linksonder", "la")],
            Rights = new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "Museum Bron", "Foto: Museum Bron"),
            Images = [new PublicImage(77, "image/jpeg", 100, 80, "Voorzijde")],
        };
    }

    [Fact]
    public void Every_field_Depot_publishes_survives_the_round_trip_through_Turtle()
    {
        var o = Rich();
        var text = new StringWriter();
        var writer = new TurtleWriter(text, OsloObjectGraph.Prefixes);
        writer.WriteAll(OsloObjectGraph.Describe(o, Uris));
        writer.Finish();
        var graph = new RdfGraph(TurtleReader.Parse(text.ToString()));

        var record = OsloMemberMapper.Map(graph, new Iri(Uris.Object(42)), Uris.Object(42), 1);
        var m = record.Object;

        Assert.Equal(Uris.Object(42), record.SourceId);
        Assert.Equal("1999.12", m.ObjectNumber);
        Assert.Equal(o.Titles, m.Titles);
        Assert.Equal("Olieverf op paneel.", m.ShortDescription);
        Assert.Equal(2, m.NumberOfParts);
        Assert.Equal("schilderij", m.ObjectName!.Label);
        Assert.Contains("http://vocab.getty.edu/aat/300033618", m.ObjectName.Ids);
        Assert.Equal([("Rubens, Peter Paul", "schilder", "toegeschreven aan"), ("Atelier Rubens", "", "")],
            m.Makers.Select(x => (x.Agent.Name, x.Role, x.Qualifier)));
        Assert.Equal(Core.Registration.Authorities.AgentKind.Organisation, m.Makers[1].Agent.Kind);
        Assert.Contains(m.Makers[0].Agent.Ids, i => i.Scheme == "viaf" && i.Value == "12345");
        Assert.Equal((1577, 1640), (m.Makers[0].Agent.Birth!.Earliest!.Value, m.Makers[0].Agent.Death!.Latest!.Value));
        Assert.Equal(("ca. 1610-1620", 1610, 1620, "1610~/1620~"), (m.Dating!.Text, m.Dating.Earliest, m.Dating.Latest, m.Dating.ToEdtf()));
        Assert.Equal(["olieverf", "paneel"], m.Materials.Select(t => t.Label));
        Assert.Equal(["schilderen"], m.Techniques.Select(t => t.Label));
        Assert.Equal(o.Dimensions, m.Dimensions);
        Assert.Equal([(SubjectKind.MainMotif, "aanbidding"), (SubjectKind.DepictedAgent, "Rubens, Peter Paul"), (SubjectKind.DepictedPlace, "Antwerpen")],
            m.Subjects.Select(s => (s.Kind, s.Term?.Label ?? s.Agent?.Name ?? s.Place!.Name)));
        Assert.Contains(m.Subjects[2].Place!.Ids, i => i.Value.Contains("2803138", StringComparison.Ordinal));
        Assert.Equal(o.Inscriptions, m.Inscriptions);
        Assert.Equal(o.Rights, m.Rights);
        // The image has no field in a source record: it is kept verbatim, by its predicate.
        Assert.Contains(record.Kept, k => k.Path == OsloObjectGraph.Crm + "P138i_has_representation" && k.Value == Uris.Image(77));
        Assert.Empty(record.Issues);
    }

    [Fact]
    public void A_CIDOC_member_from_another_system_is_read_and_its_unknown_statements_are_kept()
    {
        const string turtle = """
            @prefix crm: <http://www.cidoc-crm.org/cidoc-crm/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix ex: <http://example.org/> .
            <https://stad.gent/id/mensgemaaktobject/1> a crm:E22_Human-Made_Object ;
                crm:P1_is_identified_by [ a crm:E42_Identifier ; crm:P190_has_symbolic_content "1979-C" ] ;
                crm:P102_has_title [ a crm:E35_Title ; crm:P190_has_symbolic_content "Portret van Marguerite Van Mons"@nl ] ;
                crm:P45_consists_of <http://vocab.getty.edu/aat/300015050> ;
                crm:P108i_was_produced_by [ crm:P4_has_time-span [ crm:P82a_begin_of_the_begin "1886-01-01T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;
                                                                    crm:P82b_end_of_the_end "1886-12-31T23:59:59"^^<http://www.w3.org/2001/XMLSchema#dateTime> ] ] ;
                ex:herkomst "Aankoop 1979"@nl ;
                ex:tentoonstelling [ ex:titel "Retrospectieve" ; ex:jaar "1927" ] .
            <http://vocab.getty.edu/aat/300015050> skos:prefLabel "olieverf"@nl .
            """;
        var graph = new RdfGraph(TurtleReader.Parse(turtle));
        var record = OsloMemberMapper.Map(graph, new Iri("https://stad.gent/id/mensgemaaktobject/1"), "https://stad.gent/id/mensgemaaktobject/1", 1);

        Assert.Equal("1979-C", record.Object.ObjectNumber);
        Assert.Equal([new Title("Portret van Marguerite Van Mons", "nl")], record.Object.Titles);
        Assert.Equal("olieverf", record.Object.Materials.Single().Label);
        Assert.Equal((1886, 1886), (record.Object.Dating!.Earliest, record.Object.Dating.Latest));
        Assert.Equal(
            [
                new KeptField("http://example.org/herkomst", "Aankoop 1979", "nl"),
                new KeptField("http://example.org/tentoonstelling/http://example.org/titel", "Retrospectieve"),
                new KeptField("http://example.org/tentoonstelling/http://example.org/jaar", "1927"),
            ],
            record.Kept);
    }
}
