using System.Text;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Lido;

/// <summary>Single records, lidoWrap, OAI-PMH envelopes, skipping and large streams.</summary>
public sealed class LidoEnvelopeTests
{
    [Fact]
    public async Task Oai_pmh_list_records_response_yields_the_wrapped_lido_records()
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
              <responseDate>2026-11-29T10:00:00Z</responseDate>
              <request verb="ListRecords" metadataPrefix="lido">https://example.org/oai</request>
              <ListRecords>
                <record><header><identifier>oai:x:1</identifier></header>
                  <metadata><lido:lido xmlns:lido="{LidoTestFiles.Ns}">{Inner("R1")}</lido:lido></metadata></record>
                <record><header status="deleted"><identifier>oai:x:2</identifier></header></record>
                <record><header><identifier>oai:x:3</identifier></header>
                  <metadata><lido:lidoWrap xmlns:lido="{LidoTestFiles.Ns}"><lido:lido>{Inner("R3")}</lido:lido></lido:lidoWrap></metadata></record>
                <resumptionToken>abc</resumptionToken>
              </ListRecords>
            </OAI-PMH>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var records = new List<SourceRecord>();
        await foreach (var r in new LidoReader().ReadAsync(stream, "oai.xml", 0, TestContext.Current.CancellationToken)) records.Add(r);

        Assert.Equal(["R1", "R3"], records.Select(r => r.SourceId));
        Assert.Equal([1L, 2L], records.Select(r => r.Position));
        Assert.All(records, r => Assert.Empty(r.Issues));
        Assert.Equal("Titel R3", records[1].Object.Titles.Single().Text);
    }

    [Fact]
    public void Oai_pmh_get_record_and_error_responses_are_understood()
    {
        var get = $"""<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><GetRecord><record><metadata><lido:lido xmlns:lido="{LidoTestFiles.Ns}">{Inner("G")}</lido:lido></metadata></record></GetRecord></OAI-PMH>""";
        var error = """<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><error code="badResumptionToken">expired</error></OAI-PMH>""";

        Assert.Equal("G", Assert.Single(LidoTestFiles.ReadText(get)).SourceId);
        var ex = LidoTestFiles.Refused(error);
        Assert.Contains("badResumptionToken", ex.En, StringComparison.Ordinal);
        Assert.Contains("expired", ex.Nl, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_passes_over_records_without_mapping_and_keeps_positions()
    {
        var xml = LidoTestFiles.Wrap([.. Enumerable.Range(1, 5).Select(i => LidoTestFiles.Record($"R{i}"))]);

        var records = LidoTestFiles.ReadText(xml, skip: 3);

        Assert.Equal(["R4", "R5"], records.Select(r => r.SourceId));
        Assert.Equal([4L, 5L], records.Select(r => r.Position));
        Assert.True(records[0].Line > 1);
    }

    [Fact]
    public void Record_of_the_wrong_shape_gets_an_error_and_reading_goes_on()
    {
        var broken = $"<lido:lido><lido:descriptiveMetadata/></lido:lido>";
        var records = LidoTestFiles.ReadText(LidoTestFiles.Wrap(broken, LidoTestFiles.Record("OK")));

        Assert.Equal(2, records.Count);
        Assert.Contains(records[0].Issues, i => i.Severity == IssueSeverity.Error && i.Field == "lido:lidoRecID");
        Assert.Contains(records[0].Issues, i => i.Severity == IssueSeverity.Warning && i.Field == "lido:objectWorkType");
        Assert.Empty(records[1].Issues);
    }

    [Fact]
    public void Twenty_thousand_records_stream_through_completely()
    {
        const int count = 20_000;
        var path = Path.Combine(Path.GetTempPath(), $"depot-lido-{Guid.NewGuid():N}.xml");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lido:lidoWrap xmlns:lido=\"{LidoTestFiles.Ns}\">\n");
                for (var i = 1; i <= count; i++) writer.Write(LidoTestFiles.Record($"R{i}", $"INV.{i}"));
                writer.Write("</lido:lidoWrap>\n");
            }
            var reader = new LidoReader();
            long n = 0;
            string last = "";
            using (var stream = File.OpenRead(path))
                foreach (var r in reader.Read(stream, "big.xml", 0, TestContext.Current.CancellationToken))
                {
                    n++;
                    last = r.Object.ObjectNumber;
                    Assert.Empty(r.Issues);
                }

            Assert.Equal(count, n);
            Assert.Equal($"INV.{count}", last);
            Assert.Equal(new FileInfo(path).Length, reader.BytesRead);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Inner(string id)
    {
        var record = LidoTestFiles.Record(id);
        var start = record.IndexOf('>', StringComparison.Ordinal) + 1;
        return record[start..record.LastIndexOf("</lido:lido>", StringComparison.Ordinal)];
    }
}
