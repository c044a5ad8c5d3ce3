using System.Text;
using Depot.Interchange.Exporting;

namespace Depot.Interchange.Tests.Exporting;

public sealed class CsvSourceWriterTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static async Task<byte[]> WriteAsync(IReadOnlyList<string> fields, ExportHeader header, char delimiter, params Sources.SourceRecord[] records)
    {
        using var output = new MemoryStream();
        await using (var writer = new CsvSourceWriter(output, fields, header, delimiter, leaveOpen: true))
        {
            foreach (var r in records) await writer.WriteAsync(r, Ct);
            await writer.CompleteAsync(Ct);
        }
        return output.ToArray();
    }

    [Fact]
    public async Task Csv_starts_with_a_byte_order_mark_and_heads_columns_with_the_dutch_labels()
    {
        var bytes = await WriteAsync(["objectNumber", "title", "dimension.height"], ExportHeader.Dutch, ';', SampleRecords.Painting());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Objectnummer;Titel;Hoogte (cm)", lines[0]);
        // The whole object's height, converted from mm; the framed height is a part, not the object.
        Assert.Equal("0000.GRO0040.I;Madonna met kanunnik Joris van der Paele;141", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public async Task Fields_with_the_separator_or_quotes_are_quoted_and_repeatable_fields_are_joined_with_a_bar()
    {
        var bytes = await WriteAsync(["objectNumber", "description", "maker", "maker.role", "maker.qualifier", "maker.uri", "material", "depictedPerson"],
            ExportHeader.Keys, ';', SampleRecords.Painting());

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("objectNumber;description;maker;maker.role;maker.qualifier;maker.uri;material;depictedPerson", lines[0]);
        Assert.Equal("0000.GRO0040.I;\"Olieverf op paneel; \"\"de\"\" kanunnik knielt, links\";Eyck, Jan van | Eyck, Hubert van;schilder | ;" +
            " | atelier van;https://rkd.nl/explore/artists/27200 | ;olieverf | paneel;Sint-Joris", lines[1]);
    }

    [Fact]
    public async Task With_a_comma_delimiter_commas_are_quoted_and_formulas_are_neutralised()
    {
        var bytes = await WriteAsync(["objectNumber", "maker", "rights.licence", "dating.earliest"], ExportHeader.English, ',',
            SampleRecords.Painting(), SampleRecords.Minimal("B.2"));

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Object number,Maker,Licence,Dating earliest", lines[0]);
        Assert.Equal("0000.GRO0040.I,\"Eyck, Jan van | Eyck, Hubert van\",\"'=HYPERLINK(\"\"http://evil\"\")\",1434", lines[1]);
        Assert.Equal("B.2,,,", lines[2]);
    }

    [Fact]
    public async Task An_export_without_records_still_has_its_header()
    {
        var bytes = await WriteAsync(["objectNumber", "title"], ExportHeader.Dutch, ';');

        Assert.Equal("Objectnummer;Titel\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
