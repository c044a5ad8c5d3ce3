namespace Depot.Web.Localisation;

// Derivatives and the IIIF Image API: image states shown to registrars.
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Derivatives() => new()
    {
        ["derivatives.title"] = ("Afgeleide beelden", "Derivatives"),
    };
}
