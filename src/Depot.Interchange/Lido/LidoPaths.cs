using System.Xml.Linq;

namespace Depot.Interchange.Lido;

/// <summary>XPath-like paths of nodes in a record, for messages.</summary>
internal static class LidoPaths
{
    public static string Of(XObject node)
    {
        var element = node as XElement ?? node.Parent;
        var parts = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
            parts.Add(Name(e.Name, e));
        parts.Reverse();
        var path = string.Join('/', parts);
        return node is XAttribute a ? $"{path}/@{Name(a.Name, a.Parent!)}" : path;
    }

    private static string Name(XName name, XElement context)
    {
        var prefix = LidoNames.PrefixFor(name.Namespace, context);
        return prefix.Length == 0 ? name.LocalName : $"{prefix}:{name.LocalName}";
    }
}
