using System.Text;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Adlib;

public sealed class AdlibFaultTests
{
    [Fact]
    public async Task External_entity_is_refused_and_never_resolved()
    {
        var secret = Path.GetTempFileName();
        await File.WriteAllTextAsync(secret, "GEHEIM", TestContext.Current.CancellationToken);
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE adlibXML [<!ENTITY x SYSTEM "file://{secret}">]>
            <adlibXML><recordList><record priref="1"><object_number>&x;</object_number></record></recordList></adlibXML>
            """;

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => AdlibFiles.ReadXml(xml));

        Assert.Contains("DTD", ex.En, StringComparison.Ordinal);
        Assert.Contains("DTD", ex.Nl, StringComparison.Ordinal);
        Assert.Equal("test.xml", ex.FileName);
        Assert.DoesNotContain("GEHEIM", ex.Describe(true), StringComparison.Ordinal);
        File.Delete(secret);
    }

    [Fact]
    public async Task Wrong_root_names_what_was_found()
    {
        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => AdlibFiles.ReadXml("<lido:lidoWrap xmlns:lido=\"http://www.lido-schema.org\"/>"));

        Assert.Contains("<lido:lidoWrap>", ex.En, StringComparison.Ordinal);
        Assert.Contains("expected <adlibXML>", ex.En, StringComparison.Ordinal);
        Assert.StartsWith("test.xml, regel 1, kolom 2: dit is geen Adlib-XML-export", ex.Describe(true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public async Task Empty_file_is_refused(string content)
    {
        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => AdlibFiles.ReadXml(content));

        Assert.Contains("empty", ex.En, StringComparison.Ordinal);
        Assert.Contains("leeg", ex.Nl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_xml_names_line_and_record_after_the_good_records()
    {
        var xml = "<adlibXML><recordList>\n<record priref=\"1\"><object_number>A1</object_number></record>\n<record priref=\"2\"><object_number>A2</object_numbr></record>\n</recordList></adlibXML>";
        var read = new List<SourceRecord>();

        var ex = await Assert.ThrowsAsync<SourceFormatException>(async () =>
        {
            await foreach (var r in new Depot.Interchange.Adlib.AdlibReader().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "kapot.xml", 0, TestContext.Current.CancellationToken))
                read.Add(r);
        });

        Assert.Equal("A1", Assert.Single(read).Object.ObjectNumber);
        Assert.Equal(3, ex.Line);
        Assert.Equal(2, ex.Record);
        Assert.StartsWith("malformed XML", ex.En, StringComparison.Ordinal);
        Assert.StartsWith("kapot.xml, line 3, column", ex.Describe(false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_encoding_is_refused_with_advice()
    {
        var ex = await Assert.ThrowsAsync<SourceFormatException>(() =>
            AdlibFiles.ReadXml("<?xml version=\"1.0\" encoding=\"x-klingon-7\"?><adlibXML><recordList/></adlibXML>"));

        Assert.Contains("UTF-8", ex.En, StringComparison.Ordinal);
        Assert.Contains("tekenset", ex.Nl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1_declared_export_reads_its_accents()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><adlibXML><recordList><record priref=\"7\"><object_number>B7</object_number><title>Geëtste prent</title></record></recordList></adlibXML>");

        var records = await AdlibFiles.Read(new MemoryStream(bytes), "latin1.xml", 0);

        Assert.Equal("Geëtste prent", Assert.Single(records).Object.Titles[0].Text);
    }

    [Fact]
    public async Task Hostile_nesting_is_refused_without_exhausting_the_stack()
    {
        var depth = 5000;
        var xml = "<adlibXML><recordList><record>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</record></recordList></adlibXML>";

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => AdlibFiles.ReadXml(xml));

        Assert.Contains("nested too deeply", ex.En, StringComparison.Ordinal);
        Assert.Equal(1, ex.Record);
    }

    [Fact]
    public async Task Bad_values_are_issues_on_their_record_and_reading_goes_on()
    {
        var xml = """
            <adlibXML><recordList>
              <record priref="1">
                <object_number>C1</object_number>
                <Dimension><dimension.type>hoogte</dimension.type><dimension.value>groot</dimension.value><dimension.unit>cm</dimension.unit></Dimension>
                <Dimension><dimension.type>breedte</dimension.type><dimension.value>12,5</dimension.value><dimension.unit>cm</dimension.unit></Dimension>
                <production.date.start>ca. 1600</production.date.start>
                <number_of_parts>twee</number_of_parts>
              </record>
              <record priref="2"><title>Zonder nummer</title></record>
              <record priref="3"><object_number>C3</object_number><production.date.start>1700</production.date.start><production.date.end>1650</production.date.end></record>
            </recordList></adlibXML>
            """;

        var records = await AdlibFiles.ReadXml(xml);

        Assert.Equal(3, records.Count);
        var first = records[0];
        Assert.Equal(new Depot.Core.Registration.Objects.Dimension("breedte", 12.5m, "cm"), Assert.Single(first.Object.Dimensions));
        Assert.Equal("groot", AdlibFiles.Kept(first, "Dimension[1]/dimension.value"));
        Assert.Equal("hoogte", AdlibFiles.Kept(first, "Dimension[1]/dimension.type"));
        Assert.Equal("ca. 1600", AdlibFiles.Kept(first, "production.date.start"));
        Assert.Null(first.Object.Dating);
        Assert.Equal(["Dimension[1]/dimension.value", "number_of_parts", "production.date.start"], first.Issues.Select(i => i.Field).Order());
        Assert.All(first.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        var dimension = first.Issues.Single(i => i.Field.StartsWith("Dimension", StringComparison.Ordinal));
        Assert.Contains("'groot' is not a number", dimension.En, StringComparison.Ordinal);
        Assert.Contains("'groot' is geen getal", dimension.Nl, StringComparison.Ordinal);
        Assert.Equal(IssueSeverity.Error, Assert.Single(records[1].Issues).Severity);
        Assert.Contains("before the start date", Assert.Single(records[2].Issues).En, StringComparison.Ordinal);
        Assert.Equal(10, records[2].Line);
    }

    [Fact]
    public async Task Translated_values_become_titles_per_language_and_enumerations_stay_kept()
    {
        var xml = """
            <adlibXML><recordList><record priref="9">
              <object_number>D9</object_number>
              <title><value lang="nl-NL" invariant="false">De molen</value><value lang="en-GB" invariant="false">The mill</value></title>
              <title>Molen bij Wijk</title>
              <record_type><value lang="neutral">OBJECT</value><value lang="0">single object</value><value lang="1">enkelvoudig object</value></record_type>
              <object_name><value lang="0">windmill</value><value lang="1">windmolen</value></object_name>
            </record></recordList></adlibXML>
            """;

        var r = Assert.Single(await AdlibFiles.ReadXml(xml));

        Assert.Equal(
            [new("De molen", "nl", Depot.Core.Registration.Objects.TitleType.Preferred), new("The mill", "en", Depot.Core.Registration.Objects.TitleType.Preferred), new Depot.Core.Registration.Objects.Title("Molen bij Wijk", "nl", Depot.Core.Registration.Objects.TitleType.Alternate)],
            r.Object.Titles);
        Assert.Equal(("windmolen", "nl", ""), Terms.Of(r.Object.ObjectName));
        Assert.Equal([new KeptField("record_type", "OBJECT"), new KeptField("record_type", "single object", "en"), new KeptField("record_type", "enkelvoudig object", "nl"), new KeptField("object_name", "windmill", "en")],
            r.Kept);
    }

    [Fact]
    public async Task Skipped_records_are_passed_over_for_resuming()
    {
        var records = await AdlibFiles.ReadFile(ReferenceData.Require(AdlibFiles.Axiell), skip: 98);

        Assert.Equal([99L, 100L], records.Select(r => r.Position));
        var all = await AdlibFiles.ReadFile(ReferenceData.Require(AdlibFiles.Axiell));
        Assert.Equal(all[^1].Object.ObjectNumber, records[^1].Object.ObjectNumber);
        Assert.Equal(all[^1].Kept, records[^1].Kept);
    }
}
