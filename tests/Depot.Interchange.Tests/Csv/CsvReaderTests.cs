using System.Text;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Csv;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Csv;

public sealed class CsvReaderTests
{
    private static readonly CsvMapping Dutch = new(
    [
        new("Objectnummer", "objectNumber"),
        new("Titel", "title"),
        new("Vervaardiger", "maker"),
        new("Rol", "maker.role"),
        new("Kwalificatie", "maker.qualifier"),
        new("Vervaardiger URI", "maker.uri"),
        new("Datering", "dating"),
        new("Materiaal", "material"),
        new("Hoogte", "dimension.height"),
        new("Gewicht", "dimension.weight"),
        new("Verworven", "acquisition.date"),
        new("Beschrijving", "description"),
    ]);

    private const string DutchFile =
        "Objectnummer;Titel;Vervaardiger;Rol;Kwalificatie;Vervaardiger URI;Datering;Materiaal;Hoogte;Gewicht;Verworven;Beschrijving;Intern\r\n" +
        "0000.GRO1561.I;Johannes predikt tot de menigte;Brueghel, Pieter II|Brueghel, Jan I;schilder|schilder;atelier van|atelier van;http://viaf.org/viaf/106974142|https://www.wikidata.org/wiki/Q255828;ca. 1601-1620;olieverf|eikenhout;118,7;29100;13-05-1961;\"Kopie naar Bruegel;\nmet \"\"Johannes\"\" centraal.\";zaal 4\r\n" +
        "\r\n" +
        "B.2;Stilleven;;;;;17de eeuw;doek;1.234,5;;;;\r\n";

    internal static async Task<List<SourceRecord>> Read(ISourceReader reader, byte[] bytes, long skip = 0)
    {
        var records = new List<SourceRecord>();
        await foreach (var r in reader.ReadAsync(new MemoryStream(bytes), "objecten.csv", skip, TestContext.Current.CancellationToken))
            records.Add(r);
        return records;
    }

    [Fact]
    public async Task Semicolon_file_fills_fields_splits_repeats_and_keeps_the_rest()
    {
        var records = await Read(new CsvReader(Dutch), Encoding.UTF8.GetBytes(DutchFile));

        Assert.Equal(2, records.Count);
        var r = records[0];
        var o = r.Object;
        Assert.Equal(("0000.GRO1561.I", 1L, 2), (r.SourceId, r.Position, r.Line));
        Assert.Equal([new Title("Johannes predikt tot de menigte")], o.Titles);
        Assert.Equal(["Brueghel, Pieter II", "Brueghel, Jan I"], o.Makers.Select(m => m.Agent.Name));
        Assert.Equal(["schilder", "schilder"], o.Makers.Select(m => m.Role));
        Assert.Equal(["atelier van", "atelier van"], o.Makers.Select(m => m.Qualifier));
        Assert.Equal(new ExternalId("viaf", "106974142"), Assert.Single(o.Makers[0].Agent.Ids));
        Assert.Equal(new ExternalId("wikidata", "Q255828"), Assert.Single(o.Makers[1].Agent.Ids));
        Assert.Equal(new HistoricalDate(1601, 1620, "ca. 1601-1620", DatePrecision.Circa), o.Dating);
        Assert.Equal(["olieverf", "eikenhout"], o.Materials.Select(m => m.Label));
        Assert.Equal([new Dimension("hoogte", 118.7m, "cm"), new Dimension("gewicht", 29100m, "g")], o.Dimensions);
        Assert.Equal(new DateOnly(1961, 5, 13), o.Acquisition?.Date);
        Assert.Equal("Kopie naar Bruegel;\nmet \"Johannes\" centraal.", o.ShortDescription);
        Assert.Equal([new KeptField("Intern", "zaal 4")], r.Kept);
        Assert.Empty(r.Issues);

        var second = records[1];
        Assert.Equal(("B.2", 2L, 5), (second.SourceId, second.Position, second.Line));
        Assert.Equal(new HistoricalDate(1601, 1700, "17de eeuw"), second.Object.Dating);
        Assert.Equal([new Dimension("hoogte", 1234.5m, "cm")], second.Object.Dimensions);
        Assert.Empty(second.Object.Makers);
        Assert.Null(second.Object.Acquisition);
        Assert.Empty(second.Kept);
    }

    [Fact]
    public async Task Comma_delimiter_and_a_column_separator_of_its_own()
    {
        var mapping = new CsvMapping([new("number", "objectNumber"), new("techniques", "technique", ";"), new("title", "title"), new("alt", "title.alternate")], Delimiter: ",");
        var csv = "number,techniques,title,alt\nA1,\"etsen; graveren\",\"Gezicht op Brugge, 1562\",View of Bruges|Brugge\n";

        var r = Assert.Single(await Read(new CsvReader(mapping, "en"), Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(["etsen", "graveren"], r.Object.Techniques.Select(t => t.Label));
        Assert.Equal([new Title("Gezicht op Brugge, 1562", "en"), new Title("View of Bruges", "en", TitleType.Alternate), new Title("Brugge", "en", TitleType.Alternate)], r.Object.Titles);
    }

    [Fact]
    public async Task Utf8_with_and_without_bom_and_utf16_read_the_same()
    {
        var text = "Objectnummer;Titel\r\nA1;Geëtste prent – één\r\n";
        var mapping = new CsvMapping([new("Objectnummer", "objectNumber"), new("Titel", "title")]);
        byte[][] encodings =
        [
            Encoding.UTF8.GetBytes(text),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        ];

        foreach (var bytes in encodings)
        {
            var r = Assert.Single(await Read(new CsvReader(mapping), bytes));
            Assert.Equal("A1", r.Object.ObjectNumber);
            Assert.Equal("Geëtste prent – één", r.Object.Titles[0].Text);
        }
    }

    [Fact]
    public async Task Windows_1252_file_is_refused_naming_the_line_with_advice()
    {
        var text = "Objectnummer;Titel\r\nA1;Prent\r\nA2;Geëtste prent\r\n";
        var bytes = Encoding.Latin1.GetBytes(text);
        var mapping = new CsvMapping([new("Objectnummer", "objectNumber"), new("Titel", "title")]);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => Read(new CsvReader(mapping), bytes));

        Assert.Equal(3, ex.Line);
        Assert.Contains("CSV UTF-8", ex.En, StringComparison.Ordinal);
        Assert.StartsWith("objecten.csv, regel 3: het bestand is geen geldige UTF-8-tekst", ex.Describe(true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_that_does_not_fit_the_file_is_refused()
    {
        var csv = Encoding.UTF8.GetBytes("Nummer;Titel\nA1;x\n");

        var missing = await Assert.ThrowsAsync<SourceFormatException>(() => Read(new CsvReader(new CsvMapping([new("Objectnummer", "objectNumber")])), csv));
        var unknown = await Assert.ThrowsAsync<SourceFormatException>(() => Read(new CsvReader(new CsvMapping([new("Nummer", "inventoryCode")])), csv));
        var empty = await Assert.ThrowsAsync<SourceFormatException>(() => Read(new CsvReader(Dutch), []));

        Assert.Contains("'Objectnummer'", missing.En, StringComparison.Ordinal);
        Assert.Contains("not in the file's header row", missing.En, StringComparison.Ordinal);
        Assert.Contains("unknown field 'inventoryCode'", unknown.En, StringComparison.Ordinal);
        Assert.Contains("leeg", empty.Nl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_values_are_kept_with_a_warning_naming_the_column()
    {
        var mapping = new CsvMapping([new("nr", "objectNumber"), new("h", "dimension.height"), new("d", "dating"), new("n", "numberOfParts"), new("m", "maker"), new("r", "maker.role")]);
        var csv = "nr;h;d;n;m;r\nA1;groot;ergens in de middeleeuwen;twee;Jan;schilder|graveur\n;12;;;;\n";

        var records = await Read(new CsvReader(mapping), Encoding.UTF8.GetBytes(csv));

        var r = records[0];
        Assert.Empty(r.Object.Dimensions);
        Assert.Null(r.Object.Dating);
        Assert.Null(r.Object.NumberOfParts);
        Assert.Equal(new SourceMaker(r.Object.Makers[0].Agent, "schilder"), Assert.Single(r.Object.Makers));
        Assert.Equal([new KeptField("d", "ergens in de middeleeuwen"), new KeptField("h", "groot"), new KeptField("n", "twee"), new KeptField("r", "graveur")], r.Kept.OrderBy(k => k.Path, StringComparer.Ordinal));
        Assert.Equal(["d", "h", "n", "r"], r.Issues.Select(i => i.Field).Order());
        Assert.All(r.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Contains("'groot' is not a number (in cm)", r.Issues.Single(i => i.Field == "h").En, StringComparison.Ordinal);
        Assert.Equal(IssueSeverity.Error, Assert.Single(records[1].Issues).Severity);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public async Task Skipped_rows_are_passed_over_for_resuming()
    {
        var records = await Read(new CsvReader(Dutch), Encoding.UTF8.GetBytes(DutchFile), skip: 1);

        Assert.Equal("B.2", Assert.Single(records).Object.ObjectNumber);
        Assert.Equal(2, records[0].Position);
    }
}
