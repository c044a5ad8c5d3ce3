using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Lido;

/// <summary>Reads LIDO from the reference data or from text, for the LIDO tests.</summary>
internal static class LidoTestFiles
{
    public static List<SourceRecord> Read(string relativePath, LidoReader? reader = null)
    {
        var path = ReferenceData.Require(Path.Combine("lido", relativePath));
        using var stream = File.OpenRead(path);
        return [.. (reader ?? new LidoReader()).Read(stream, Path.GetFileName(path), 0, TestContext.Current.CancellationToken)];
    }

    public static List<SourceRecord> ReadText(string xml, long skip = 0, LidoReader? reader = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return [.. (reader ?? new LidoReader()).Read(stream, "test.xml", skip, TestContext.Current.CancellationToken)];
    }

    public static SourceFormatException Refused(string xml) => Refused(System.Text.Encoding.UTF8.GetBytes(xml));

    public static SourceFormatException Refused(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Assert.Throws<SourceFormatException>(() => new LidoReader().Read(stream, "bad.xml", 0, TestContext.Current.CancellationToken).ToList());
    }

    /// <summary>The LIDO 1.1 XSD from the reference data; skips the test when it is absent.</summary>
    public static System.Xml.Schema.XmlSchemaSet Schema11()
    {
        var xsd = ReferenceData.Require(Path.Combine("lido", "schema", LidoSchemas.Version11));
        return LidoSchemas.Load(Path.GetDirectoryName(xsd)!);
    }

    public static IEnumerable<string> Files(string folder)
    {
        var dir = Path.Combine(ReferenceData.Root(), "lido", folder);
        return Directory.Exists(dir) ? Directory.GetFiles(dir, "*.xml").Select(f => Path.Combine(folder, Path.GetFileName(f))).Order(StringComparer.Ordinal) : [];
    }

    public const string Ns = "http://www.lido-schema.org";

    /// <summary>A small valid LIDO record body (inside lido:lido) with the given record id.</summary>
    public static string Record(string id, string objectNumber = "0001") => $"""
        <lido:lido>
          <lido:lidoRecID lido:type="local">{id}</lido:lidoRecID>
          <lido:descriptiveMetadata xml:lang="nl">
            <lido:objectClassificationWrap><lido:objectWorkTypeWrap><lido:objectWorkType><lido:term>schilderij</lido:term></lido:objectWorkType></lido:objectWorkTypeWrap></lido:objectClassificationWrap>
            <lido:objectIdentificationWrap>
              <lido:titleWrap><lido:titleSet><lido:appellationValue>Titel {id}</lido:appellationValue></lido:titleSet></lido:titleWrap>
              <lido:repositoryWrap><lido:repositorySet><lido:workID lido:type="inventarisnummer">{objectNumber}</lido:workID></lido:repositorySet></lido:repositoryWrap>
            </lido:objectIdentificationWrap>
          </lido:descriptiveMetadata>
          <lido:administrativeMetadata xml:lang="nl">
            <lido:recordWrap><lido:recordID lido:type="local">{id}</lido:recordID><lido:recordType><lido:term>item</lido:term></lido:recordType><lido:recordSource><lido:legalBodyName><lido:appellationValue>Museum</lido:appellationValue></lido:legalBodyName></lido:recordSource></lido:recordWrap>
          </lido:administrativeMetadata>
        </lido:lido>
        """;

    public static string Wrap(params string[] records) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lido:lidoWrap xmlns:lido=\"{Ns}\">\n{string.Join("\n", records)}\n</lido:lidoWrap>";
}
