using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;

namespace Depot.Interchange.Lido;

/// <summary>
/// Loads the LIDO XSD (with its GML, xlink and xml imports) from a local folder, offline: every
/// import must resolve to a file inside that folder, nothing is fetched from the network.
/// </summary>
public static partial class LidoSchemas
{
    public const string Version11 = "lido-v1.1.xsd";
    public const string Version10 = "lido-v1.0.xsd";

    /// <param name="folder">The folder holding lido-v1.1.xsd (or 1.0), xml.xsd, xlink.xsd, gml/ and smil/.</param>
    /// <param name="file">Which LIDO schema: <see cref="Version11"/> (the default, which also accepts most 1.0 records) or <see cref="Version10"/>.</param>
    public static XmlSchemaSet Load(string folder, string file = Version11)
    {
        var root = Path.GetFullPath(folder);
        var resolver = new FolderResolver(root);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var path = Path.Combine(root, file);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        using (var stream = (Stream)resolver.GetEntity(new Uri(path), null, typeof(Stream))!)
        using (var reader = XmlReader.Create(stream, settings, new Uri(path).AbsoluteUri))
            set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>Resolves only files under the folder; strips a DOCTYPE (xml.xsd has one) instead of processing it.</summary>
    private sealed class FolderResolver(string root) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = absoluteUri.IsFile ? Path.GetFullPath(absoluteUri.LocalPath) : "";
            if (path.Length == 0 || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
                throw new XmlSchemaException($"Schema import {absoluteUri} is outside {root} or absent; schemas are loaded offline only.");
            var text = Doctype().Replace(File.ReadAllText(path), "");
            return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        }
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*(\[[^\]]*\])?\s*>")]
    private static partial Regex Doctype();
}
