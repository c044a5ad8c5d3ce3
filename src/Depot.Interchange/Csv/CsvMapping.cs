namespace Depot.Interchange.Csv;

/// <summary>
/// How the columns of a CSV or XLSX file map to Depot's fields; saved per organisation and
/// reused. Columns not mapped are kept verbatim with the record, never dropped.
/// </summary>
/// <param name="Columns">One entry per mapped column.</param>
/// <param name="Delimiter">The CSV field delimiter (";" is usual in Flanders, "," elsewhere, "\t"); ignored for XLSX.</param>
/// <param name="RepeatSeparator">Splits a cell of a repeatable field into values ("|", ";"), unless the column sets its own.</param>
/// <param name="Sheet">XLSX only: the sheet's name; empty for the first sheet.</param>
public sealed record CsvMapping(IReadOnlyList<ColumnMapping> Columns, string Delimiter = ";", string RepeatSeparator = "|", string Sheet = "");

/// <param name="Column">The header text of the column, exactly as in the file.</param>
/// <param name="Field">A <see cref="CsvField.Key"/> from <see cref="CsvFields.All"/>.</param>
/// <param name="Separator">This column's own separator for repeatable fields, overriding the mapping's.</param>
public sealed record ColumnMapping(string Column, string Field, string? Separator = null);

/// <summary>A field a column can map to, with its Dutch and English label.</summary>
public sealed record CsvField(string Key, string Nl, string En, bool Repeatable);

/// <summary>The fields a CSV or XLSX column can fill; the same keys name the columns of a CSV export.</summary>
public static class CsvFields
{
    public static readonly IReadOnlyList<CsvField> All =
    [
        new("objectNumber", "Objectnummer", "Object number", false),
        new("title", "Titel", "Title", true),
        new("title.alternate", "Andere titel", "Alternate title", true),
        new("objectName", "Objectnaam", "Object name", false),
        new("objectName.uri", "Objectnaam (URI)", "Object name (URI)", false),
        new("classification", "Classificatie", "Classification", true),
        new("description", "Korte beschrijving", "Short description", false),
        new("numberOfParts", "Aantal delen", "Number of parts", false),
        new("maker", "Vervaardiger", "Maker", true),
        new("maker.role", "Rol vervaardiger", "Maker role", true),
        new("maker.qualifier", "Kwalificatie vervaardiger", "Maker qualifier", true),
        new("maker.uri", "Vervaardiger (URI)", "Maker (URI)", true),
        new("dating", "Datering (tekst)", "Dating (text)", false),
        new("dating.earliest", "Datering vroegst", "Dating earliest", false),
        new("dating.latest", "Datering laatst", "Dating latest", false),
        new("material", "Materiaal", "Material", true),
        new("technique", "Techniek", "Technique", true),
        new("dimension.height", "Hoogte (cm)", "Height (cm)", false),
        new("dimension.width", "Breedte (cm)", "Width (cm)", false),
        new("dimension.depth", "Diepte (cm)", "Depth (cm)", false),
        new("dimension.diameter", "Diameter (cm)", "Diameter (cm)", false),
        new("dimension.weight", "Gewicht (g)", "Weight (g)", false),
        new("subject", "Onderwerp", "Subject", true),
        new("depictedPerson", "Afgebeelde persoon", "Depicted person", true),
        new("depictedPlace", "Afgebeelde plaats", "Depicted place", true),
        new("inscription", "Opschrift", "Inscription", true),
        new("condition", "Toestand", "Condition", false),
        new("condition.note", "Toestand (opmerking)", "Condition note", false),
        new("acquisition.method", "Verwervingsmethode", "Acquisition method", false),
        new("acquisition.source", "Verworven van", "Acquired from", false),
        new("acquisition.date", "Verwervingsdatum", "Acquisition date", false),
        new("acquisition.note", "Verwerving (opmerking)", "Acquisition note", false),
        new("currentLocation", "Huidige standplaats", "Current location", false),
        new("rights.licence", "Licentie", "Licence", false),
        new("rights.holder", "Rechthebbende", "Rights holder", false),
        new("rights.creditLine", "Creditline", "Credit line", false),
    ];

    public static CsvField? Find(string key) => All.FirstOrDefault(f => f.Key == key);
}
