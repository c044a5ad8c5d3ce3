using Depot.Core.Registration.Objects;
using Depot.Storage.Demo;
using Depot.Storage.Search;

namespace Depot.Bench;

internal static partial class EngineBench
{
    private static readonly HashSet<string> StopWords = ["voor", "naar", "met", "van", "het", "een", "der", "den", "bij", "aan"];

    /// <summary>
    /// A keyword plus three facet filters (object name, material, century), with facet counts,
    /// as a list page asks. Every query is built from a loaded object, so each one has hits.
    /// </summary>
    private static async Task<Latency?> SearchesAsync(InProcessHost host, long organisationId, RealisticCollection collection, BenchOptions options,
        EngineResult result, CancellationToken ct)
    {
        var random = new Random(5);
        var pool = collection.Objects(Math.Min(options.Objects, 20_000)).Where(o => o.Dating is not null && o.MaterialIds.Count > 0).ToList();
        var queries = Enumerable.Range(0, options.Searches + 10).Select(_ => Query(pool[random.Next(pool.Count)])).ToList();
        long hits = 0;
        var latency = await Latency.MeasureAsync(options.Searches, async i =>
        {
            var found = await host.Search.SearchAsync(organisationId, queries[i < 0 ? options.Searches - 1 - i : i], "nl", ct);
            if (i >= 0) hits += found.Total;
        });
        if (hits == 0) result.Notes.Add("search: every query returned 0 hits");
        else result.Notes.Add($"search: {(double)hits / options.Searches:0.#} hits per query on average");
        return latency;
    }

    /// <summary>Title words of loaded objects, for the search page.</summary>
    private static List<string> SearchWords(RealisticCollection collection, BenchOptions options) =>
        [.. collection.Objects(Math.Min(options.Objects, 2_000)).Select(Word).Distinct()];

    private static string Word(CollectionObject o) =>
        o.PreferredTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w.All(char.IsLetter) && !StopWords.Contains(w.ToLowerInvariant()))
            .DefaultIfEmpty(o.PreferredTitle.Split(' ')[0]).Last();

    private static ObjectQuery Query(CollectionObject o)
    {
        return new ObjectQuery
        {
            Text = Word(o),
            ObjectNames = [o.ObjectNameId!.Value],
            Materials = [o.MaterialIds[0]],
            Centuries = [o.Dating!.Century!.Value],
            Limit = 25,
            WithFacets = true,
        };
    }
}
