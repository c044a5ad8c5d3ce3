using System.Xml.Linq;

namespace Depot.Interchange.Lido;

/// <summary>The namespaces a LIDO file uses. LIDO 1.0 and 1.1 share one namespace.</summary>
internal static class LidoNames
{
    public const string Lido = "http://www.lido-schema.org";
    public const string OaiPmh = "http://www.openarchives.org/OAI/2.0/";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Gml = "http://www.opengis.net/gml";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static readonly XNamespace L = Lido;
    public static readonly XNamespace SkosNs = Skos;
    public static readonly XNamespace RdfNs = Rdf;

    /// <summary>The short prefix used in kept-field paths for a namespace.</summary>
    public static string PrefixFor(XNamespace ns, XElement context) => ns.NamespaceName switch
    {
        Lido => "lido",
        Skos => "skos",
        Rdf => "rdf",
        Gml => "gml",
        Xsi => "xsi",
        "http://www.w3.org/XML/1998/namespace" => "xml",
        "" => "",
        _ => context.GetPrefixOfNamespace(ns) ?? ns.NamespaceName,
    };
}
