using System.Collections.Concurrent;
using Depot.Core.Publishing;
using Depot.Interchange.Rdf;
using Depot.Publishing.LinkedData;

namespace Depot.Publishing.Ldes;

/// <summary>
/// The description of an organisation, agent, place or concept as it goes into members, rendered
/// once per format. Every member describes what it refers to, so a page of 250 members of one
/// organisation repeats the organisation's description 250 times and a maker's as often as the
/// maker occurs: rendering those triples again for every member was most of a page's work.
/// </summary>
internal sealed class LdesBlock(IReadOnlyList<Triple> triples)
{
    private string? turtle;
    private string? ntriples;

    public string Turtle => turtle ??= RenderTurtle(triples);

    public string NTriples => ntriples ??= RenderNTriples(triples);

    private static string RenderTurtle(IReadOnlyList<Triple> triples)
    {
        using var text = new StringWriter();
        var writer = new TurtleWriter(text, LdesResponse.Prefixes, declarePrefixes: false);
        writer.WriteAll(triples);
        writer.Finish();
        return text.ToString();
    }

    private static string RenderNTriples(IReadOnlyList<Triple> triples)
    {
        using var text = new StringWriter();
        new NTriplesWriter(text).WriteAll(triples);
        return text.ToString();
    }

    /// <summary>Blocks remembered at most; the cache starts again when full.</summary>
    private const int Limit = 20_000;

    // Keyed by the described resource's IRI and every value the description is made of: an
    // authority whose public shape changes gets a block of its own, never a stale one.
    private static readonly ConcurrentDictionary<string, LdesBlock> Cache = new(StringComparer.Ordinal);

    public static LdesBlock Of(PublicOrganisation o, PublicUris uris) =>
        Find(Key(uris.Organisation(o.Slug), o.Id, o.Name, o.Kind, o.City), () => OsloObjectGraph.Describe(o, uris));

    public static LdesBlock Of(PublicAgent a, PublicUris uris) =>
        Find(Key(uris.Agent(a.Id), a.Name, a.IsPerson, a.Birth, a.Death, Join(a.SameAs)), () => OsloObjectGraph.Describe(a, uris));

    public static LdesBlock Of(PublicPlace p, PublicUris uris) =>
        Find(Key(uris.Place(p.Id), p.Name, p.Latitude, p.Longitude, Join(p.SameAs)), () => OsloObjectGraph.Describe(p, uris));

    public static LdesBlock Of(PublicTerm c, PublicUris uris) =>
        Find(Key(uris.Concept(c.Id), c.LabelNl, c.LabelEn, c.Uri, Join(c.ExactMatches)), () => OsloObjectGraph.Describe(c, uris));

    private static LdesBlock Find(string key, Func<IReadOnlyList<Triple>> describe)
    {
        if (Cache.TryGetValue(key, out var known)) return known;
        if (Cache.Count >= Limit) Cache.Clear();
        return Cache.GetOrAdd(key, _ => new LdesBlock(describe()));
    }

    private static string Key(params object?[] values) =>
        string.Join('\u001f', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Join(IReadOnlyList<string> values) => string.Join('\u001e', values);
}
