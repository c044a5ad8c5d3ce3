using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Depot.Interchange.Tests.Csv;

/// <summary>Writes a small workbook in the test: strings go to the shared-string table or inline, numbers as numbers.</summary>
internal static class XlsxBuilder
{
    public static byte[] Build(string sheetName, IReadOnlyList<object?[]> rows, bool inlineStrings = false, int firstRow = 1)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var rowNumber = (uint)(firstRow + r);
                var row = new Row { RowIndex = rowNumber };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = ColumnName(c) + rowNumber.ToString(CultureInfo.InvariantCulture);
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case string s when inlineStrings:
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) });
                            break;
                        case string s:
                            if (!index.TryGetValue(s, out var i))
                            {
                                i = index[s] = index.Count;
                                shared.SharedStringTable.Append(new SharedStringItem(new Text(s)));
                            }
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) });
                            break;
                        case double d:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) });
                            break;
                        case int n:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                            break;
                    }
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }
        return ms.ToArray();
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
