using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Importing;

/// <summary>Source records as a LIDO file of a Flemish museum would give them.</summary>
internal static class ImportSamples
{
    public static readonly SourceAgent Rubens = new("Rubens, Peter Paul", AgentKind.Person, [new ExternalId("viaf", "royal-rubens-1")]);
    public static readonly SourceAgent Jordaens = new("Jordaens, Jacob", AgentKind.Person, [new ExternalId("rkd", "44482")]);

    public static SourceRecord Record(int n, string title, SourceAgent? maker = null, string material = "olieverf", params KeptField[] kept) =>
        new($"rec-{n}", n, n * 10, new SourceObject
        {
            ObjectNumber = $"IMP-{n:0000}",
            Titles = [new Title(title), new Title(title + " (en)", "en", TitleType.Alternate)],
            ObjectName = new SourceTerm("Schilderij", "nl", ["http://vocab.getty.edu/aat/300033618"]),
            Classifications = [new SourceTerm("barok", "nl")],
            Makers = [new SourceMaker(maker ?? Rubens, "schilder")],
            Dating = HistoricalDate.Parse("1620"),
            Materials = [new SourceTerm(material, "nl"), new SourceTerm("doek", "nl", ["http://vocab.getty.edu/aat/300014078"])],
            Dimensions = [new Dimension("hoogte", 120.5m, "cm")],
            Subjects = [new SourceSubject(SubjectKind.DepictedPlace, Place: new SourcePlace("Antwerpen", [new ExternalId("tgn", "7007856")]))],
        }, kept, []);

    public static List<SourceRecord> Three() =>
    [
        Record(1, "Aanbidding der koningen", kept: new KeptField("lido:recordWrap/lido:recordSource", "KMSKA")),
        Record(2, "De satyr bij de boer", Jordaens),
        Record(3, "Portret van een dame"),
    ];
}
