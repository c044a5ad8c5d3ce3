using System.Text;
using Depot.Interchange.Rdf;

namespace Depot.Interchange.Skos;

public enum RdfFormat
{
    Turtle,
    RdfXml,
}

/// <summary>Reads a thesaurus file in Turtle or RDF/XML into a <see cref="SkosDocument"/>.</summary>
public static class SkosFile
{
    /// <summary>The format by file name (.ttl, .rdf, .xml, .owl), else by the first characters of the content.</summary>
    public static RdfFormat Detect(string fileName, ReadOnlySpan<byte> start)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".ttl" or ".turtle" or ".n3" or ".nt") return RdfFormat.Turtle;
        if (ext is ".rdf" or ".xml" or ".owl" or ".skos") return RdfFormat.RdfXml;
        var text = Encoding.UTF8.GetString(start).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<rdf:", StringComparison.Ordinal)
            || text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!--", StringComparison.Ordinal)
            ? RdfFormat.RdfXml : RdfFormat.Turtle;
    }

    /// <summary>Reads the whole stream (Turtle or RDF/XML); throws <see cref="RdfSyntaxException"/> on malformed input.</summary>
    public static SkosDocument Read(Stream stream, string fileName)
    {
        var buffered = stream.CanSeek ? stream : new BufferedStream(stream, 4096);
        var head = new byte[512];
        var read = 0;
        if (stream.CanSeek)
        {
            read = stream.Read(head, 0, head.Length);
            stream.Position = 0;
        }
        var format = Detect(fileName, head.AsSpan(0, read));
        return Read(buffered, format);
    }

    public static SkosDocument Read(Stream stream, RdfFormat format) => format switch
    {
        RdfFormat.Turtle => SkosDocument.Read(TurtleReader.Read(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))),
        RdfFormat.RdfXml => SkosDocument.Read(RdfXmlReader.Read(stream)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
