using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

/// <summary>
/// Reads one worksheet row by row with the Open XML SDK's SAX <see cref="OpenXmlReader"/>; only the
/// current row is loaded as elements. Shared strings are read the same way into a list (they are
/// what the rows point at), capped so a hostile table cannot fill memory.
/// </summary>
internal sealed class XlsxSheet(OpenXmlReader reader, IReadOnlyList<string> strings, string fileName) : IDisposable
{
    private const long MaxSharedChars = 64L * 1024 * 1024;

    public static XlsxSheet Open(SpreadsheetDocument doc, string sheetName, string fileName)
    {
        var workbook = doc.WorkbookPart ?? throw Fault(fileName, "het bestand heeft geen werkmap", "the file has no workbook");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheetName.Length == 0 ? sheets.FirstOrDefault() : sheets.Find(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase));
        if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            throw Fault(fileName, sheetName.Length == 0 ? "het bestand heeft geen werkblad" : $"het werkblad '{sheetName}' bestaat niet (wel: {string.Join(", ", sheets.Select(s => s.Name?.Value))})",
                sheetName.Length == 0 ? "the file has no worksheet" : $"there is no worksheet '{sheetName}' (there are: {string.Join(", ", sheets.Select(s => s.Name?.Value))})");
        return new XlsxSheet(OpenXmlReader.Create(part), SharedStrings(workbook.SharedStringTablePart, fileName), fileName);
    }

    /// <summary>The next row with its 1-based number and its cells by column; null after the last.</summary>
    public (int Row, string?[] Cells)? Next()
    {
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = new List<string?>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count <= column) cells.Add(null);
                cells[column] = Value(cell);
            }
            return ((int)(row.RowIndex?.Value ?? 0), cells.ToArray());
        }
        return null;
    }

    private string? Value(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= strings.Count)
                throw Fault(fileName, $"cel {cell.CellReference} verwijst naar een tekst die niet bestaat", $"cell {cell.CellReference} points at a shared string that does not exist");
            return strings[i];
        }
        if (type == CellValues.InlineString) return Text(cell.InlineString);
        if (type == CellValues.Boolean) return raw == "1" ? "true" : "false";
        return raw;
    }

    /// <summary>A rich or plain string item: its runs joined, phonetic guides left out.</summary>
    private static string Text(OpenXmlElement? item) =>
        item is null ? "" : item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static List<string> SharedStrings(SharedStringTablePart? part, string fileName)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        long chars = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var text = Text(reader.LoadCurrentElement());
            chars += text.Length;
            if (chars > MaxSharedChars)
                throw Fault(fileName, "de gedeelde teksten van het werkboek zijn groter dan 64 miljoen tekens; splits het bestand of bewaar het als CSV",
                    "the workbook's shared strings exceed 64 million characters; split the file or save it as CSV");
            strings.Add(text);
        }
        return strings;
    }

    /// <summary>"A1" → 0, "AB12" → 27.</summary>
    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            index = index * 26 + (c - 'A' + 1);
            if (index > 16384) break;
        }
        return Math.Max(index - 1, 0);
    }

    private static SourceFormatException Fault(string fileName, string nl, string en) => new(fileName, null, null, null, nl + ".", en + ".");

    public void Dispose() => reader.Dispose();
}
