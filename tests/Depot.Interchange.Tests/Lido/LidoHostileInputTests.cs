using System.Text;
using Depot.Interchange.Lido;

namespace Depot.Interchange.Tests.Lido;

/// <summary>Bad and hostile files are refused with file, line/column and the fault, in Dutch and English.</summary>
public sealed class LidoHostileInputTests
{
    [Fact]
    public void External_entity_is_refused_and_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"depot-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET");
        try
        {
            var ex = LidoTestFiles.Refused($"""
                <?xml version="1.0"?>
                <!DOCTYPE lido:lidoWrap [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <lido:lidoWrap xmlns:lido="{LidoTestFiles.Ns}">{LidoTestFiles.Record("&xxe;")}</lido:lidoWrap>
                """);

            Assert.Equal("bad.xml", ex.FileName);
            Assert.True(ex.Line is null or 2, $"line {ex.Line}");
            Assert.Contains("DTD", ex.Nl, StringComparison.Ordinal);
            Assert.Contains("refused", ex.En, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", ex.Describe(false), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Entity_expansion_bomb_is_refused_as_a_dtd()
    {
        var ex = LidoTestFiles.Refused($"""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <lido:lido xmlns:lido="{LidoTestFiles.Ns}">&lol2;</lido:lido>
            """);

        Assert.Contains("DTD", ex.En, StringComparison.Ordinal);
        Assert.StartsWith("bad.xml", ex.Describe(true), StringComparison.Ordinal);
        Assert.Contains("DTD", ex.Describe(true), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_root_namespace_is_refused_naming_the_namespace()
    {
        var ex = LidoTestFiles.Refused("""<lido:lido xmlns:lido="http://example.org/not-lido"><lido:lidoRecID>1</lido:lidoRecID></lido:lido>""");

        Assert.Contains("http://example.org/not-lido", ex.En, StringComparison.Ordinal);
        Assert.Contains("http://www.lido-schema.org", ex.Nl, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Empty_file_is_refused_as_empty()
    {
        var ex = LidoTestFiles.Refused([]);
        var blank = LidoTestFiles.Refused("  \n\n ");

        Assert.Contains("leeg", ex.Nl, StringComparison.Ordinal);
        Assert.Contains("empty", blank.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_refused_with_line_column_and_record()
    {
        var xml = LidoTestFiles.Wrap(LidoTestFiles.Record("A"), LidoTestFiles.Record("B").Replace("</lido:titleWrap>", "</lido:titleWrapp>", StringComparison.Ordinal));
        var expectedLine = xml.Split('\n').ToList().FindIndex(l => l.Contains("titleWrapp", StringComparison.Ordinal)) + 1;

        var ex = LidoTestFiles.Refused(xml);

        Assert.Equal(expectedLine, ex.Line);
        Assert.NotNull(ex.Column);
        Assert.Equal(2, ex.Record);
        Assert.Contains("well-formed", ex.En, StringComparison.Ordinal);
        Assert.Contains("titleWrap", ex.En, StringComparison.Ordinal);
        Assert.Contains("record 2", ex.Describe(true), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_yields_the_complete_records_then_is_refused()
    {
        var xml = LidoTestFiles.Wrap(LidoTestFiles.Record("A"), LidoTestFiles.Record("B"));
        var truncated = Encoding.UTF8.GetBytes(xml[..(xml.Length - 120)]);
        var read = new List<string>();

        using var stream = new MemoryStream(truncated);
        var ex = Assert.Throws<Depot.Interchange.Sources.SourceFormatException>(() =>
        {
            foreach (var r in new LidoReader().Read(stream, "cut.xml", 0, TestContext.Current.CancellationToken)) read.Add(r.SourceId);
        });

        Assert.Equal(["A"], read);
        Assert.Equal(2, ex.Record);
        Assert.Equal("cut.xml", ex.FileName);
        Assert.Contains("end of file", ex.En, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unknown_encoding_is_refused_naming_the_encoding()
    {
        var ex = LidoTestFiles.Refused($"""<?xml version="1.0" encoding="klingon-42"?><lido:lido xmlns:lido="{LidoTestFiles.Ns}"/>""");

        Assert.Contains("klingon-42", ex.En, StringComparison.Ordinal);
        Assert.Contains("tekenset", ex.Nl, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Bytes_that_do_not_match_the_declared_encoding_are_refused()
    {
        var bytes = Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><lido:lido xmlns:lido="{LidoTestFiles.Ns}"><lido:lidoRecID>""")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("</lido:lidoRecID></lido:lido>")).ToArray();

        var ex = LidoTestFiles.Refused(bytes);

        Assert.Equal(1, ex.Line);
        Assert.NotEmpty(ex.Nl);
    }
}
