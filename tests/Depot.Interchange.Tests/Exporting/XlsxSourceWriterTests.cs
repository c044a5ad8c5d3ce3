using Depot.Interchange.Exporting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Depot.Interchange.Tests.Exporting;

public sealed class XlsxSourceWriterTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    /// <summary>Reads a sheet back as rows of (reference, type, text) with the Open XML SDK.</summary>
    internal static List<List<(string Ref, string Type, string Text)>> ReadBack(Stream xlsx, out string sheetName)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        sheetName = sheet.Name!;
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => (
            c.CellReference!.Value!,
            c.DataType?.Value == CellValues.InlineString ? "InlineString" : c.DataType?.Value == CellValues.Number ? "Number" : "Other",
            c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text)).ToList()).ToList();
    }

    [Fact]
    public async Task Workbook_has_a_header_row_and_one_row_per_record_with_numbers_as_numbers()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("depot-xlsx-").FullName, "export.xlsx");
        await using (var file = File.Create(path))
        await using (var writer = new XlsxSourceWriter(file, ["objectNumber", "title", "maker", "dimension.width", "dating.earliest"], ExportHeader.English))
        {
            await writer.WriteAsync(SampleRecords.Painting(), Ct);
            await writer.WriteAsync(SampleRecords.Minimal("B.2"), Ct);
            await writer.CompleteAsync(Ct);
        }

        await using var read = File.OpenRead(path);
        var rows = ReadBack(read, out var name);

        Assert.Equal("Objecten", name);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Object number", "Title", "Maker", "Width (cm)", "Dating earliest"], rows[0].Select(c => c.Text));
        Assert.Equal(["A1", "B1", "C1", "D1", "E1"], rows[0].Select(c => c.Ref));
        Assert.Equal(("A2", "InlineString", "0000.GRO0040.I"), rows[1][0]);
        Assert.Equal(("C2", "InlineString", "Eyck, Jan van | Eyck, Hubert van"), rows[1][2]);
        Assert.Equal(("D2", "Number", "176.5"), rows[1][3]);
        Assert.Equal(("E2", "Number", "1434"), rows[1][4]);
        // Empty cells are left out, not written empty.
        Assert.Equal([("A3", "InlineString", "B.2")], rows[2]);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(35, "AJ")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_like_a_spreadsheet(int index, string letters) =>
        Assert.Equal(letters, XlsxSourceWriter.Column(index));
}
