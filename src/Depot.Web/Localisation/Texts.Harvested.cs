namespace Depot.Web.Localisation;

public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Harvested() => new()
    {
        ["harvested.title"] = ("Herkomst: geoogst", "Provenance: harvested"),
        ["harvested.readOnly"] = ("Alleen-lezen: dit object is geoogst uit een externe bron, die de waarheid is. Wijzig het in de bron; de volgende oogst brengt de wijziging mee.",
            "Read-only: this object is harvested from an external source, which is its truth. Change it at the source; the next harvest brings the change."),
        ["harvested.source"] = ("Bron", "Source"),
        ["harvested.url"] = ("Adres van de bron", "Source address"),
        ["harvested.identifier"] = ("Identifier in de bron", "Identifier at the source"),
        ["harvested.version"] = ("Versie in de bron", "Version at the source"),
        ["harvested.at"] = ("Geoogst op", "Harvested at"),
        ["harvested.first"] = ("Eerst geoogst op", "First harvested at"),
        ["harvested.refused"] = ("Dit object is geoogst uit ‘{0}’ en is alleen-lezen in Depot; wijzig het in de bron.",
            "This object is harvested from ‘{0}’ and is read-only in Depot; change it at the source."),
        ["portal.object.source"] = ("Bron", "Source"),
        ["portal.object.harvested"] = ("geoogst op", "harvested on"),
        ["harvested.problemTitle"] = ("Geoogst object: alleen-lezen", "Harvested object: read-only"),
    };
}
