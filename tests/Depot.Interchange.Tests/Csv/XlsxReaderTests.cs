using System.IO.Compression;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Csv;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Csv;

public sealed class XlsxReaderTests
{
    private static readonly CsvMapping Mapping = new(
    [
        new("Objectnummer", "objectNumber"),
        new("Titel", "title"),
        new("Materiaal", "material"),
        new("Hoogte (cm)", "dimension.height"),
        new("Verworven op", "acquisition.date"),
        new("Vervaardiger", "maker"),
    ], Sheet: "Objecten");

    private static readonly object?[][] Rows =
    [
        ["Objectnummer", "Titel", "Materiaal", "Hoogte (cm)", "Verworven op", "Vervaardiger", "Opmerking"],
        ["2024.001", "Kandelaar", "messing|brons", 31.5, 45292, "Onbekend", "in vitrine"],
        [null, null, null, null, null, null, null],
        ["2024.002", "Beker", "tin", "12,5", "2024-03-01", null, null],
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sheet_rows_map_like_csv_with_shared_or_inline_strings(bool inline)
    {
        var bytes = XlsxBuilder.Build("Objecten", Rows, inline, firstRow: 3);

        var records = await CsvReaderTests.Read(new XlsxReader(Mapping), bytes);

        Assert.Equal(2, records.Count);
        var r = records[0];
        Assert.Equal(("2024.001", 1L, 4), (r.SourceId, r.Position, r.Line));
        Assert.Equal([new Title("Kandelaar")], r.Object.Titles);
        Assert.Equal(["messing", "brons"], r.Object.Materials.Select(m => m.Label));
        Assert.Equal([new Dimension("hoogte", 31.5m, "cm")], r.Object.Dimensions);
        Assert.Equal(new DateOnly(2024, 1, 1), r.Object.Acquisition?.Date);
        Assert.Equal("Onbekend", Assert.Single(r.Object.Makers).Agent.Name);
        Assert.Equal([new KeptField("Opmerking", "in vitrine")], r.Kept);
        Assert.Equal(("2024.002", 2L, 6), (records[1].SourceId, records[1].Position, records[1].Line));
        Assert.Equal(12.5m, records[1].Object.Dimensions[0].Value);
        Assert.Equal(new DateOnly(2024, 3, 1), records[1].Object.Acquisition?.Date);
    }

    [Fact]
    public async Task Non_seekable_upload_streams_are_read_too()
    {
        var bytes = XlsxBuilder.Build("Objecten", Rows);
        var records = new List<SourceRecord>();

        await foreach (var r in new XlsxReader(Mapping).ReadAsync(new ForwardOnlyStream(bytes), "upload.xlsx", 1, TestContext.Current.CancellationToken))
            records.Add(r);

        Assert.Equal("2024.002", Assert.Single(records).Object.ObjectNumber);
    }

    [Fact]
    public async Task Missing_sheet_names_the_sheets_there_are()
    {
        var bytes = XlsxBuilder.Build("Blad1", Rows);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => CsvReaderTests.Read(new XlsxReader(Mapping), bytes));

        Assert.Contains("no worksheet 'Objecten' (there are: Blad1)", ex.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bytes = AddEntry(XlsxBuilder.Build("Objecten", Rows), "xl/media/image1.bin", 100 * 1024 * 1024);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => CsvReaderTests.Read(new XlsxReader(Mapping), bytes));

        Assert.Contains("zip bomb", ex.En, StringComparison.Ordinal);
        Assert.Contains("xl/media/image1.bin", ex.En, StringComparison.Ordinal);
        Assert.Contains("zip-bom", ex.Nl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/evil.xml")]
    [InlineData("xl/../../evil.xml")]
    [InlineData("/tmp/evil.xml")]
    [InlineData("C:/evil.xml")]
    public async Task Entry_names_that_climb_out_of_the_package_are_refused(string name)
    {
        var bytes = AddEntry(XlsxBuilder.Build("Objecten", Rows), name, 10);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => CsvReaderTests.Read(new XlsxReader(Mapping), bytes));

        Assert.Contains("points outside the file", ex.En, StringComparison.Ordinal);
        Assert.Contains(name, ex.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_zip_is_refused_with_advice()
    {
        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => CsvReaderTests.Read(new XlsxReader(Mapping), "Objectnummer;Titel\n"u8.ToArray()));

        Assert.Contains("Excel Workbook (*.xlsx)", ex.En, StringComparison.Ordinal);
    }

    private static byte[] AddEntry(byte[] xlsx, string name, int zeros)
    {
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            var block = new byte[1024 * 1024];
            for (var written = 0; written < zeros; written += block.Length)
                entry.Write(block, 0, Math.Min(block.Length, zeros - written));
        }
        return ms.ToArray();
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
