using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace Depot.Bench.OpenData;

/// <summary>A whole stream read over HTTP by one client, one request after the other: how a replicating peer or an aggregator reads it.</summary>
/// <param name="Records">Distinct members or records read.</param>
/// <param name="Requests">HTTP requests made.</param>
/// <param name="Bytes">Characters of the response bodies.</param>
/// <param name="Elapsed">Wall time of the walk.</param>
/// <param name="CpuSeconds">CPU time of this process (server and client) over the walk: on a shared machine, wall time says more about the neighbours.</param>
internal sealed record StreamWalk(long Records, int Requests, long Bytes, TimeSpan Elapsed, double CpuSeconds)
{
    public double Rate => Records / Math.Max(Elapsed.TotalSeconds, 1e-9);
    public double CpuRate => Records / Math.Max(CpuSeconds, 1e-9);

    public static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}

internal static partial class StreamWalks
{
    /// <summary>
    /// LDES: the stream's view (Turtle, as a client asks first), then every page it links, in
    /// order. Members are counted by their distinct IRIs, so a member is counted once however many
    /// triples it has.
    /// </summary>
    public static async Task<StreamWalk> LdesAsync(OpenDataHost host, string slug, int limit, CancellationToken ct)
    {
        var cpu = StreamWalk.Cpu();
        var watch = Stopwatch.StartNew();
        var view = await host.TextAsync($"/ldes/{slug}", "text/turtle", ct);
        var pages = PageLink(slug).Matches(view).Select(m => m.Groups[1].Value).Distinct().ToList();
        var members = new HashSet<long>();
        long bytes = view.Length;
        var requests = 1;
        foreach (var after in pages)
        {
            var page = await host.TextAsync($"/ldes/{slug}/pages/{after}", "text/turtle", ct);
            bytes += page.Length;
            requests++;
            foreach (Match m in MemberLink().Matches(page)) members.Add(long.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
            if (requests % 200 == 0) AnsiConsole.MarkupLine($"[grey]LDES: {requests:N0} / {pages.Count + 1:N0} requests, {members.Count:N0} members[/]");
            if (limit > 0 && members.Count >= limit) break;
        }
        return new StreamWalk(members.Count, requests, bytes, watch.Elapsed, (StreamWalk.Cpu() - cpu).TotalSeconds);
    }

    /// <summary>OAI-PMH ListRecords in one format over the whole repository, following resumption tokens to the end.</summary>
    public static async Task<StreamWalk> OaiAsync(OpenDataHost host, string prefix, int limit, CancellationToken ct)
    {
        var cpu = StreamWalk.Cpu();
        var watch = Stopwatch.StartNew();
        long records = 0, bytes = 0;
        var requests = 0;
        var path = $"/oai?verb=ListRecords&metadataPrefix={prefix}";
        while (true)
        {
            var page = await host.TextAsync(path, null, ct);
            bytes += page.Length;
            requests++;
            records += RecordEnd().Count(page);
            if (requests % 200 == 0) AnsiConsole.MarkupLine($"[grey]OAI {prefix}: {records:N0} records[/]");
            var token = Token().Match(page);
            if (!token.Success || (limit > 0 && records >= limit)) break;
            path = "/oai?verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(System.Net.WebUtility.HtmlDecode(token.Groups[1].Value));
        }
        return new StreamWalk(records, requests, bytes, watch.Elapsed, (StreamWalk.Cpu() - cpu).TotalSeconds);
    }

    private static Regex PageLink(string slug) => new($"/ldes/{Regex.Escape(slug)}/pages/(\\d+)>", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"/ldes/members/(\d+)[>#]", RegexOptions.CultureInvariant)]
    private static partial Regex MemberLink();

    [GeneratedRegex("</record>", RegexOptions.CultureInvariant)]
    private static partial Regex RecordEnd();

    [GeneratedRegex("<resumptionToken[^>]*>([^<]+)</resumptionToken>", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
