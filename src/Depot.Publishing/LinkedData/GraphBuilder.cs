using System.Globalization;
using Depot.Interchange.Rdf;

namespace Depot.Publishing.LinkedData;

/// <summary>Collects the triples of one description; shorthand so the mapping reads like the model.</summary>
internal sealed class GraphBuilder
{
    private readonly List<Triple> triples = [];

    public IReadOnlyList<Triple> Triples => triples;

    public static Iri Iri(string value) => new(value);

    public GraphBuilder Add(RdfTerm subject, string predicate, RdfTerm value)
    {
        triples.Add(new Triple(subject, new Iri(predicate), value));
        return this;
    }

    public GraphBuilder Type(RdfTerm subject, params string[] classes)
    {
        foreach (var c in classes) Add(subject, RdfVocabulary.Type, new Iri(c));
        return this;
    }

    /// <summary>A language-tagged text; nothing when the text is empty.</summary>
    public GraphBuilder Text(RdfTerm subject, string predicate, string text, string language = "nl")
    {
        if (!string.IsNullOrWhiteSpace(text))
            Add(subject, predicate, new Literal(text.Trim(), Lang(language), RdfVocabulary.LangString));
        return this;
    }

    /// <summary>A typed literal; nothing when the value is empty.</summary>
    public GraphBuilder Value(RdfTerm subject, string predicate, string value, string datatype = RdfVocabulary.XsdString)
    {
        if (!string.IsNullOrWhiteSpace(value)) Add(subject, predicate, new Literal(value.Trim(), "", datatype));
        return this;
    }

    public GraphBuilder AddAll(IEnumerable<Triple> more)
    {
        triples.AddRange(more);
        return this;
    }

    public static string Lang(string language) =>
        string.IsNullOrWhiteSpace(language) ? "nl" : language.Trim().ToLowerInvariant();

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsUri(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}
