namespace Depot.Web.Localisation;

public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> SourceFields() => new()
    {
        ["sourceFields.title"] = ("Overige bronvelden", "Other source fields"),
        ["sourceFields.hint"] = ("Velden uit het geïmporteerde bestand waarvoor Depot geen eigen veld heeft, letterlijk bewaard.",
            "Fields from the imported file that Depot has no field of its own for, kept verbatim."),
        ["sourceFields.path"] = ("Bronveld", "Source field"),
        ["sourceFields.value"] = ("Waarde", "Value"),
        ["sourceFields.language"] = ("Taal", "Language"),
    };
}
