using System.Globalization;
using System.Text;
using Depot.Interchange.Sources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Depot.Interchange.Exporting;

/// <summary>
/// Writes records as an XLSX workbook with one sheet: a bold, frozen header row and one row per
/// object, the same columns and cells as <see cref="CsvSourceWriter"/>; single numbers (dimensions,
/// years, parts) are number cells.
/// </summary>
/// <remarks>
/// ClosedXML (the house choice for spreadsheets) builds the whole workbook in memory before it
/// saves, which for a whole organisation (hundreds of thousands of rows) means gigabytes. This writer
/// uses the Open XML SDK's SAX-style <see cref="OpenXmlWriter"/> instead: each row is written to the
/// sheet part as it comes and never kept, and strings are inline (no shared-string table that
/// grows with the file), so memory stays flat. The package needs a seekable stream (a file).
/// </remarks>
public sealed class XlsxSourceWriter : ISourceWriter
{
    /// <summary>Excel's limit on the text of one cell.</summary>
    public const int MaxCellLength = 32_767;

    private readonly SpreadsheetDocument document;
    private readonly WorksheetPart sheet;
    private readonly OpenXmlWriter writer;
    private readonly IReadOnlyList<string> fields;
    private readonly string sheetName;
    private uint row;
    private bool completed;

    /// <param name="output">A seekable, writable stream (a file); left open.</param>
    /// <param name="fields"><see cref="Csv.CsvFields"/> keys, in column order.</param>
    /// <param name="header">Field labels in Dutch or English, or the keys.</param>
    /// <param name="sheetName">The sheet's name.</param>
    public XlsxSourceWriter(Stream output, IReadOnlyList<string> fields, ExportHeader header = ExportHeader.Dutch, string sheetName = "Objecten")
    {
        this.fields = fields;
        this.sheetName = sheetName;
        document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbook = document.AddWorkbookPart();
        AddStyles(workbook);
        sheet = workbook.AddNewPart<WorksheetPart>();
        writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        WriteRow(fields.Select(f => ExportColumns.Heading(f, header)).ToList(), numeric: _ => false, style: 1);
    }

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => ".xlsx";

    public ValueTask WriteAsync(SourceRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ct.ThrowIfCancellationRequested();
        WriteRow(fields.Select(f => ExportColumns.Cell(record.Object, f)).ToList(), i => ExportColumns.IsNumeric(fields[i]), style: 0);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken ct)
    {
        if (completed) return ValueTask.CompletedTask;
        completed = true;
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
        writer.Close();
        var workbook = document.WorkbookPart!;
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        workbook.Workbook.Save();
        document.Dispose();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!completed)
        {
            completed = true;
            writer.Dispose();
            document.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    private void WriteRow(List<string> cells, Func<int, bool> numeric, uint style)
    {
        row++;
        writer.WriteStartElement(new Row { RowIndex = row });
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i];
            if (value.Length == 0) continue;
            var reference = Column(i) + row.ToString(CultureInfo.InvariantCulture);
            var cell = numeric(i) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }) };
            if (style != 0) cell.StyleIndex = style;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    /// <summary>A, B, … Z, AA, AB …</summary>
    internal static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>XML cannot carry most control characters, and Excel refuses longer cells.</summary>
    private static string Clean(string value)
    {
        if (value.Length > MaxCellLength) value = value[..MaxCellLength];
        if (!value.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r')) return value;
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
            if (c >= ' ' || c is '\t' or '\n' or '\r') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Style 0 is plain, style 1 bold (the header row).</summary>
    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }
}
