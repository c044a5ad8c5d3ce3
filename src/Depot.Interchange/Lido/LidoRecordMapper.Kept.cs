using System.Xml.Linq;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

internal sealed partial class LidoRecordMapper
{
    /// <summary>
    /// Every element text and attribute of the record the mapping did not consume, with an
    /// XPath-like path from the record (<c>lido:descriptiveMetadata/lido:eventWrap/…/lido:term</c>).
    /// Namespace declarations, xml:lang (carried as the language) and xsi:schemaLocation are not data.
    /// </summary>
    private List<KeptField> Unconsumed()
    {
        var kept = new List<KeptField>();
        var path = new List<string>();
        foreach (var attribute in record.Attributes()) KeepAttribute(attribute, path, kept);
        foreach (var child in record.Elements()) Walk(child, path, kept);
        return kept;
    }

    // The path is a stack of names, joined only for the few nodes that are kept.
    private void Walk(XElement element, List<string> path, List<KeptField> kept)
    {
        path.Add(Name(element.Name, element));
        if (!used.Contains(element) && HasText(element)) kept.Add(new KeptField(string.Join('/', path), OwnText(element), Lang(element)));
        if (element.HasAttributes)
            foreach (var attribute in element.Attributes()) KeepAttribute(attribute, path, kept);
        for (var child = element.FirstNode; child is not null; child = child.NextNode)
            if (child is XElement e) Walk(e, path, kept);
        path.RemoveAt(path.Count - 1);
    }

    private void KeepAttribute(XAttribute attribute, List<string> path, List<KeptField> kept)
    {
        if (attribute.IsNamespaceDeclaration || used.Contains(attribute) || attribute.Name == XmlLang) return;
        if (attribute.Name.Namespace.NamespaceName == LidoNames.Xsi) return;
        if (string.IsNullOrWhiteSpace(attribute.Value)) return;
        var owner = attribute.Parent!;
        var elementPath = string.Join('/', path);
        kept.Add(new KeptField($"{elementPath}/@{Name(attribute.Name, owner)}", attribute.Value.Trim(), Lang(owner)));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<XName, string> Names = new();

    private static string Name(XName name, XElement context) =>
        Names.TryGetValue(name, out var known) ? known : NameOf(name, context);

    private static string NameOf(XName name, XElement context)
    {
        var prefix = LidoNames.PrefixFor(name.Namespace, context);
        var text = prefix.Length == 0 ? name.LocalName : $"{prefix}:{name.LocalName}";
        // Only fixed prefixes are cached: a document-chosen prefix may differ between files.
        if (prefix is "lido" or "skos" or "rdf" or "gml" or "xml" or "") Names.TryAdd(name, text);
        return text;
    }
}
