namespace Depot.Web.Localisation;

public static partial class Texts
{
    private static Dictionary<string, (string Nl, string En)> Exports() => new()
    {
        ["export.action"] = ("Exporteren", "Export"),
        ["export.title"] = ("Objecten exporteren", "Export objects"),
        ["export.intro"] = ("Kies welke objecten, het formaat en de kolommen. Tot {0} objecten download je meteen; een grotere export of de hele organisatie wordt op de achtergrond klaargemaakt.",
            "Choose which objects, the format and the columns. Up to {0} objects download at once; a larger export or the whole organisation is prepared in the background."),
        ["export.scope"] = ("Welke objecten", "Which objects"),
        ["export.scope.results"] = ("Het zoekresultaat ({0} objecten)", "The search result ({0} objects)"),
        ["export.scope.selection"] = ("Mijn selectie ({0} objecten)", "My selection ({0} objects)"),
        ["export.scope.set"] = ("Een werkset:", "A set:"),
        ["export.scope.setName"] = ("Werkset", "Set"),
        ["export.scope.all"] = ("Alle objecten van de organisatie", "All objects of the organisation"),
        ["export.format"] = ("Formaat", "Format"),
        ["export.format.Csv"] = ("CSV (puntkomma, UTF-8): voor Excel, LibreOffice en opnieuw importeren", "CSV (semicolon, UTF-8): for Excel, LibreOffice and importing again"),
        ["export.format.Xlsx"] = ("Excel-werkmap (XLSX)", "Excel workbook (XLSX)"),
        ["export.format.Lido"] = ("LIDO 1.1 (XML): alle velden die LIDO kent, voor uitwisseling met andere collectiesystemen; de veldkeuze hieronder geldt niet",
            "LIDO 1.1 (XML): every field LIDO knows, for exchange with other collection systems; the choice of fields below does not apply"),
        ["export.header"] = ("Kolomkoppen", "Column headings"),
        ["export.header.Dutch"] = ("Nederlandse veldnamen", "Dutch field names"),
        ["export.header.English"] = ("Engelse veldnamen", "English field names"),
        ["export.header.Keys"] = ("Technische sleutels (objectNumber, title …)", "Technical keys (objectNumber, title …)"),
        ["export.fields"] = ("Velden", "Fields"),
        ["export.fields.hint"] = ("Herhaalbare velden (meerdere vervaardigers, materialen …) staan in één cel, gescheiden door ‘ | ’. Je keuze wordt onthouden.",
            "Repeatable fields (several makers, materials …) share one cell, separated by ‘ | ’. Your choice is remembered."),
        ["export.submit"] = ("Exporteren", "Export"),
        ["export.error.scope"] = ("Kies een werkset van deze organisatie.", "Choose a set of this organisation."),
        ["export.error.empty"] = ("Er zijn geen objecten om te exporteren: kies een andere groep objecten.", "There are no objects to export: choose another group of objects."),
        ["export.file.results"] = ("zoekresultaat", "search-result"),
        ["export.file.selection"] = ("selectie", "selection"),
        ["exportJob.title"] = ("Export", "Export"),
        ["exportJob.progress"] = ("Voortgang van de export", "Progress of the export"),
        ["exportJob.count"] = ("{0} van {1} objecten", "{0} of {1} objects"),
        ["exportJob.done"] = ("De export is klaar: {0} objecten.", "The export is ready: {0} objects."),
        ["exportJob.download"] = ("{0} downloaden", "Download {0}"),
        ["exportJob.refresh"] = ("Vernieuwen", "Refresh"),
    };
}
