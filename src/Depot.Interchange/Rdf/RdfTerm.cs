namespace Depot.Interchange.Rdf;

/// <summary>An RDF term: an IRI, a blank node or a literal.</summary>
public abstract record RdfTerm;

public sealed record Iri(string Value) : RdfTerm
{
    public override string ToString() => "<" + Value + ">";
}

public sealed record BlankNode(string Id) : RdfTerm
{
    public override string ToString() => "_:" + Id;
}

/// <summary>A literal; <see cref="Language"/> is lower-cased (<c>nl-be</c>) or empty.</summary>
public sealed record Literal(string Value, string Language = "", string Datatype = RdfVocabulary.XsdString) : RdfTerm
{
    public override string ToString() => Language.Length > 0 ? $"\"{Value}\"@{Language}" : $"\"{Value}\"^^<{Datatype}>";
}

/// <summary>One statement. Readers yield these as they go, so memory stays flat with file size.</summary>
public sealed record Triple(RdfTerm Subject, Iri Predicate, RdfTerm Object);

public static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Type = Rdf + "type";
    public const string First = Rdf + "first";
    public const string Rest = Rdf + "rest";
    public const string Nil = Rdf + "nil";
    public const string LangString = Rdf + "langString";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string XsdString = Xsd + "string";
    public const string XsdInteger = Xsd + "integer";
    public const string XsdDecimal = Xsd + "decimal";
    public const string XsdDouble = Xsd + "double";
    public const string XsdBoolean = Xsd + "boolean";
}

/// <summary>Malformed input, with the line (1-based) and column where reading stopped (0 when the XML parser gave none).</summary>
public sealed class RdfSyntaxException(string message, int line, int column)
    : FormatException(line > 0 ? $"{message} (regel {line}, kolom {column})" : message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = message;
}
