using System.Text;
using Depot.Interchange.Adlib;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Adlib;

internal static class AdlibFiles
{
    public const string Groeninge = "adlib/groeningemuseum-0000_GRO1561_I-adlib.xml";
    public const string GroeningeLido = "lido/examples/groeningemuseum-0000_GRO1561_I-LIDO.xml";
    public const string Axiell = "adlib/axiell-test/Collect0.adlib.xml";

    public static async Task<List<SourceRecord>> ReadFile(string path, long skip = 0)
    {
        await using var stream = File.OpenRead(path);
        return await Read(stream, Path.GetFileName(path), skip);
    }

    public static Task<List<SourceRecord>> ReadXml(string xml) =>
        Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml", 0);

    public static async Task<List<SourceRecord>> Read(Stream stream, string name, long skip)
    {
        var records = new List<SourceRecord>();
        await foreach (var r in new AdlibReader().ReadAsync(stream, name, skip, TestContext.Current.CancellationToken))
            records.Add(r);
        return records;
    }

    public static string Kept(SourceRecord record, string path) =>
        string.Join(" | ", record.Kept.Where(k => k.Path == path).Select(k => k.Value));
}

/// <summary>A term as comparable values: records compare their id lists by reference.</summary>
internal static class Terms
{
    public static (string Label, string Language, string Ids) Of(SourceTerm? term) =>
        term is null ? ("", "", "") : (term.Label, term.Language, string.Join(" ", term.Ids));
}
