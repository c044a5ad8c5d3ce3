using System.Globalization;
using System.Text;

namespace Depot.Network.Tests.Ldes;

/// <summary>
/// A small LDES as Turtle, written the way Depot publishes one: a view that links every page, full
/// pages immutable and the last one open. Member <c>n</c> is a version of object <c>obj/(n % objects)</c>.
/// </summary>
internal static class StaticLdes
{
    public const string Prefixes = """
        @prefix tree: <https://w3id.org/tree#> .
        @prefix ldes: <https://w3id.org/ldes#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix crm: <http://www.cidoc-crm.org/cidoc-crm/> .
        @prefix adms: <http://www.w3.org/ns/adms#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix as: <https://www.w3.org/ns/activitystreams#> .

        """;

    /// <summary>The view of <paramref name="pages"/> pages at <c>/ldes/s/pages/{i}</c>.</summary>
    public static string View(string baseUrl, int pages)
    {
        var text = new StringBuilder(Prefixes);
        text.Append(CultureInfo.InvariantCulture, $"<{baseUrl}ldes/s> a ldes:EventStream, tree:Node ; ldes:timestampPath prov:generatedAtTime ; ldes:versionOfPath dcterms:isVersionOf ; tree:view <{baseUrl}ldes/s> .\n");
        for (var i = 0; i < pages; i++)
            text.Append(CultureInfo.InvariantCulture, $"<{baseUrl}ldes/s> tree:relation [ a tree:GreaterThanOrEqualToRelation ; tree:node <{baseUrl}ldes/s/pages/{i}> ] .\n");
        return text.ToString();
    }

    /// <summary>A page holding the members given, each an object version (or a tombstone when listed in <paramref name="deleted"/>).</summary>
    public static string Page(string baseUrl, IEnumerable<int> members, ISet<int>? deleted = null)
    {
        var text = new StringBuilder(Prefixes);
        foreach (var n in members)
        {
            var m = $"<{baseUrl}ldes/members/{n}>";
            var obj = $"<{baseUrl}id/object/{Object(n)}>";
            var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"<{baseUrl}ldes/s> tree:member {m} .\n");
            text.Append(CultureInfo.InvariantCulture, $"{m} dcterms:isVersionOf {obj} ; prov:generatedAtTime \"{at}\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n");
            if (deleted?.Contains(n) == true)
                text.Append(CultureInfo.InvariantCulture, $"{m} a as:Tombstone .\n");
            else
                text.Append(CultureInfo.InvariantCulture,
                    $"{m} a crm:E22_Human-Made_Object ; crm:P102_has_title \"Voorwerp {n}\"@nl ; adms:identifier [ skos:notation \"OBJ.{Object(n)}\" ] .\n");
        }
        return text.ToString();
    }

    public static int Object(int member) => member % 1000;
}
