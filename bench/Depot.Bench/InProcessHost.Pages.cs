using System.Globalization;
using System.Net;

namespace Depot.Bench;

internal sealed partial class InProcessHost
{
    /// <summary>
    /// The other main pages a registrar works in, each GET timed from request to the last byte:
    /// the search page (whole organisation, and with a keyword), the edit form and the history.
    /// </summary>
    public async Task<List<Latency>> MainPagesAsync(int count, IReadOnlyList<string> words, CancellationToken ct)
    {
        var ids = await RandomIdsAsync(count + 20, seed: 11, ct);
        var slug = Uri.EscapeDataString(EngineBench.OrganisationSlug);
        var pages = new (string Label, Func<int, string> Path)[]
        {
            ("search page /o/{org}/objecten (whole organisation)", _ => $"/o/{slug}/objecten"),
            ("search page /o/{org}/objecten?q={word}", i => $"/o/{slug}/objecten?q={Uri.EscapeDataString(words[(i + 20) % words.Count])}"),
            ("edit form /o/{org}/objecten/{id}/bewerken", i => F($"/o/{slug}/objecten/{ids[i + 20]}/bewerken")),
            ("history /o/{org}/objecten/{id}/geschiedenis", i => F($"/o/{slug}/objecten/{ids[i + 20]}/geschiedenis")),
        };
        var results = new List<Latency>();
        foreach (var (label, path) in pages)
        {
            results.Add(await Latency.MeasureAsync(count, async i =>
            {
                var url = path(i);
                using var response = await client.GetAsync(url, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                    throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
            }, warmUp: 10, label: label));
        }
        return results;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
