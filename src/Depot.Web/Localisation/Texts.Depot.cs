namespace Depot.Web.Localisation;

// The digital depot: its pages (files, upload, file detail, fixity dashboard).
public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Depot() => new()
    {
        ["layout.depot"] = ("Digitaal depot", "Digital depot"),
    };
}
