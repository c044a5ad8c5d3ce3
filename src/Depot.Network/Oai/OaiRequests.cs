using Depot.Network.Harvesting;
using Depot.Network.Http;

namespace Depot.Network.Oai;

/// <summary>The requests an OAI-PMH harvest makes, each fetched through <see cref="HarvestHttp"/> and read as it streams in.</summary>
internal sealed class OaiRequests(HarvestHttp http)
{
    private const string Accept = "text/xml, application/xml;q=0.9, */*;q=0.1";

    public async Task<OaiAnswer> GetAsync(string url, CancellationToken ct)
    {
        await using var response = await http.GetAsync(url, Accept, ct);
        return OaiResponseReader.Read(response.Body, url);
    }

    /// <summary>Whether the repository's datestamps are whole days (<c>YYYY-MM-DD</c>) rather than seconds, as Identify says.</summary>
    public async Task<bool> HasDayGranularityAsync(string baseUrl, CancellationToken ct)
    {
        var url = Url(baseUrl, ("verb", "Identify"));
        var answer = await GetAsync(url, ct);
        if (answer.Errors.Count > 0) throw Error(url, answer.Errors[0]);
        var granularity = answer.Identify?.Element(OaiNames.P + "granularity")?.Value.Trim() ?? "";
        return granularity == "YYYY-MM-DD";
    }

    public static string ListRecords(string baseUrl, string prefix, string set, string? from) =>
        Url(baseUrl, ("verb", "ListRecords"), ("metadataPrefix", prefix), ("set", set), ("from", from ?? ""));

    public static string Resume(string baseUrl, string token) => Url(baseUrl, ("verb", "ListRecords"), ("resumptionToken", token));

    /// <summary>An OAI-PMH error as a harvest failure: the code and the repository's own words.</summary>
    public static HarvestFailedException Error(string url, OaiProtocolError error) => new(url,
        $"{url}: de OAI-PMH-bron meldt de fout {error.Code}: {error.Message}",
        $"{url}: the OAI-PMH repository reports the error {error.Code}: {error.Message}");

    private static string Url(string baseUrl, params (string Name, string Value)[] arguments)
    {
        var query = string.Join('&', arguments.Where(a => a.Value.Length > 0).Select(a => a.Name + "=" + Uri.EscapeDataString(a.Value)));
        return baseUrl + (baseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }
}
