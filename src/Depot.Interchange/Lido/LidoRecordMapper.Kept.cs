using System.Text;
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
        foreach (var child in record.Elements()) Walk(child, "", kept);
        foreach (var attribute in record.Attributes()) KeepAttribute(attribute, "", kept);
        return kept;
    }

    private void Walk(XElement element, string parentPath, List<KeptField> kept)
    {
        var path = parentPath.Length == 0 ? Name(element.Name, element) : new StringBuilder(parentPath).Append('/').Append(Name(element.Name, element)).ToString();
        if (!used.Contains(element) && HasText(element)) kept.Add(new KeptField(path, OwnText(element), Lang(element)));
        foreach (var attribute in element.Attributes()) KeepAttribute(attribute, path, kept);
        foreach (var child in element.Elements()) Walk(child, path, kept);
    }

    private void KeepAttribute(XAttribute attribute, string elementPath, List<KeptField> kept)
    {
        if (attribute.IsNamespaceDeclaration || used.Contains(attribute) || attribute.Name == XmlLang) return;
        if (attribute.Name.Namespace.NamespaceName == LidoNames.Xsi) return;
        if (attribute.Value.Trim().Length == 0) return;
        var owner = attribute.Parent!;
        kept.Add(new KeptField($"{elementPath}/@{Name(attribute.Name, owner)}", attribute.Value.Trim(), Lang(owner)));
    }

    private static string Name(XName name, XElement context)
    {
        var prefix = LidoNames.PrefixFor(name.Namespace, context);
        return prefix.Length == 0 ? name.LocalName : $"{prefix}:{name.LocalName}";
    }
}
