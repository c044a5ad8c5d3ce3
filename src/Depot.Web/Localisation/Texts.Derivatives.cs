namespace Depot.Web.Localisation;

// Derivatives and the IIIF Image API: image states shown to registrars.
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Derivatives() => new()
    {
        ["derivatives.title"] = ("Afgeleide beelden", "Derivatives"),
        ["derivatives.pending"] = ("Wordt verwerkt: miniatuur en zoombare tegels worden gemaakt.", "Being processed: thumbnail and zoomable tiles are being made."),
        ["derivatives.failed"] = ("Kon geen afgeleiden maken: {0}. Het origineel blijft bewaard in het digitaal depot.",
            "Could not make derivatives: {0}. The original stays kept in the digital depot."),
        ["derivatives.ready"] = ("Zoombaar (IIIF)", "Zoomable (IIIF)"),
        ["derivatives.depotFile"] = ("In het digitaal depot", "In the digital depot"),
    };
}
