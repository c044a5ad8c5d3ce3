using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Exporting;

/// <summary>Source records as the exporters receive them, with the awkward values a real collection has.</summary>
internal static class SampleRecords
{
    public static SourceRecord Painting() => new("1", 1, null, new SourceObject
    {
        ObjectNumber = "0000.GRO0040.I",
        Titles = [new Title("Madonna met kanunnik Joris van der Paele"), new Title("Virgin and Child with Canon van der Paele", "en", TitleType.Alternate)],
        ObjectName = new SourceTerm("schilderij", "nl", ["http://vocab.getty.edu/aat/300033618"]),
        ShortDescription = "Olieverf op paneel; \"de\" kanunnik knielt, links",
        NumberOfParts = 1,
        Makers =
        [
            new SourceMaker(new SourceAgent("Eyck, Jan van", Ids: [new ExternalId("rkd", "27200")]), "schilder"),
            new SourceMaker(new SourceAgent("Eyck, Hubert van"), "", "atelier van"),
        ],
        Dating = new HistoricalDate(1434, 1436, "1434-1436"),
        Materials = [new SourceTerm("olieverf", "nl"), new SourceTerm("paneel", "nl")],
        Dimensions = [new Dimension("hoogte", 1410m, "mm"), new Dimension("breedte", 176.5m, "cm"), new Dimension("hoogte", 160m, "cm", "met lijst")],
        Subjects = [new SourceSubject(SubjectKind.DepictedAgent, Agent: new SourceAgent("Sint-Joris"))],
        Rights = new Rights("=HYPERLINK(\"http://evil\")", "Musea Brugge", ""),
    }, [], []);

    public static SourceRecord Minimal(string number) => new(number, 2, null, new SourceObject { ObjectNumber = number }, [], []);
}
