namespace Depot.Web.Localisation;

// Packages: BagIt and E-ARK export and import, PREMIS downloads.
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Packages() => new()
    {
        ["packages.title"] = ("Pakketten", "Packages"),
    };
}
