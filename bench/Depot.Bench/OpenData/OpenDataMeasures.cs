using System.Net;
using Depot.Core;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Bench.OpenData;

/// <summary>Every figure measured over HTTP against the running host, each beside its target (issue 5).</summary>
internal static class OpenDataMeasures
{
    private const double StreamTarget = 5_000;
    private const double UncachedP95 = 20;
    private const double CachedP95 = 2;
    private const double ThroughputTarget = 1_000;

    public static async Task RunAsync(OpenDataHost host, DepotDatabase database, long organisationId, OpenDataOptions options, OpenDataResult result, CancellationToken ct)
    {
        var ids = await RandomPublicIdsAsync(database, organisationId, options.Samples + 20, ct);
        if (ids.Count == 0) throw new InvalidOperationException("No public objects were published: nothing to measure.");
        var pages = new (string Label, string Path)[] { ("object page /doc/object/{id}", "/doc/object/{0}"), ("JSON-LD /doc/object/{id}.jsonld", "/doc/object/{0}.jsonld") };
        if (options.Only.Contains("pages")) await LatenciesAsync(host, ids, pages, options, result, ct);
        if (options.Only.Contains("throughput")) await ThroughputAsync(host, ids, pages, options, result, ct);
        if (options.Only.Contains("ldes") || options.Only.Contains("oai")) await StreamsAsync(host, database, organisationId, options, result, ct);
    }

    private static async Task LatenciesAsync(OpenDataHost host, List<long> ids, (string Label, string Path)[] pages, OpenDataOptions options, OpenDataResult result, CancellationToken ct)
    {
        AnsiConsole.MarkupLine("[grey]object pages and JSON-LD, uncached then cached…[/]");
        foreach (var (label, path) in pages)
            result.Within(await Latency.MeasureAsync(options.Samples, i => GetAsync(host, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, ids[i < 0 ? ids.Count + i : i]), ct),
                warmUp: 20, label: label + ", uncached (random ids)"), UncachedP95);
        foreach (var (label, path) in pages)
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, ids[0]);
            result.Within(await Latency.MeasureAsync(options.Samples, _ => GetAsync(host, url, ct), warmUp: 20, label: label + ", cached (one id)"), CachedP95);
        }

    }

    private static async Task ThroughputAsync(OpenDataHost host, List<long> ids, (string Label, string Path)[] pages, OpenDataOptions options, OpenDataResult result, CancellationToken ct)
    {
        if (Autocannon.Find() is { } script)
        {
            foreach (var (label, path) in pages)
            {
                AnsiConsole.MarkupLine($"[grey]autocannon {options.Connections} connections, {options.Duration} s: {Markup.Escape(label)}…[/]");
                var run = await Autocannon.RunAsync(script, host.Url + string.Format(System.Globalization.CultureInfo.InvariantCulture, path, ids[1]), options.Connections, options.Duration, ct);
                result.AtLeast($"throughput, cached {label} (autocannon -c {options.Connections} -d {options.Duration})", run.RequestsPerSecond, "req/s", ThroughputTarget,
                    $"(latency p50 {run.P50:0} ms · p90 {run.P90:0} ms · p97.5 {run.P97_5:0} ms · p99 {run.P99:0} ms; {run.Total:N0} requests, {run.Non2xx} non-2xx, {run.Errors} errors; load average {Machine.LoadAverage()})");
            }
        }
        else
            result.Notes.Add("throughput: not measured (tests/validators/node_modules/autocannon not found; run `npm ci` in tests/validators)");
    }

    private static async Task StreamsAsync(OpenDataHost host, DepotDatabase database, long organisationId, OpenDataOptions options, OpenDataResult result, CancellationToken ct)
    {
        var slug = EngineBench.OrganisationSlug;
        AnsiConsole.MarkupLine("[grey]LDES: the whole organisation stream…[/]");
        var expected = await ExpectedAsync(database, organisationId, ct);
        if (options.Only.Contains("ldes"))
        {
            var ldes = await StreamWalks.LdesAsync(host, slug, options.StreamLimit, ct);
            Stream(result, $"LDES full replication /ldes/{slug} (Turtle)", ldes, "members", "pages", expected.Events);
        }
        foreach (var prefix in options.Only.Contains("oai") ? ["oai_dc", "edm"] : Array.Empty<string>())
        {
            AnsiConsole.MarkupLine($"[grey]OAI-PMH ListRecords {prefix}…[/]");
            var oai = await StreamWalks.OaiAsync(host, prefix, options.StreamLimit, ct);
            Stream(result, $"OAI-PMH full harvest, ListRecords {prefix}", oai, "records", "responses", expected.Records);
        }
    }

    private static void Stream(OpenDataResult result, string figure, StreamWalk walk, string things, string requests, long expected)
    {
        result.AtLeast(figure, walk.Rate, "records/s", StreamTarget,
            $"({walk.Records:N0} {things} in {walk.Elapsed.TotalSeconds:0.0} s, {walk.Requests:N0} {requests}, {walk.Bytes / 1048576.0:N0} MB; {walk.CpuSeconds:0.0} s CPU in this process, server and client: {walk.CpuRate:N0} records per CPU-s; load average {Machine.LoadAverage()})");
        if (walk.Records != expected) result.Notes.Add(OpenDataResult.F($"{figure}: read {walk.Records:N0} {things}, the feed holds {expected:N0}"));
    }

    private static async Task GetAsync(OpenDataHost host, string path, CancellationToken ct)
    {
        using var response = await host.Client.GetAsync(path, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    private static async Task<(long Events, long Records)> ExpectedAsync(DepotDatabase database, long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return (await db.PublicationEvents.LongCountAsync(e => e.OrganisationId == organisationId, ct),
            await db.PublishedRecords.LongCountAsync(r => r.RecordType == RecordType.Object, ct));
    }

    /// <summary>Distinct public objects in a fixed random order (seeded), so runs ask for the same ones.</summary>
    private static async Task<List<long>> RandomPublicIdsAsync(DepotDatabase database, long organisationId, int count, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var all = await db.PublishedRecords.Where(r => r.RecordType == RecordType.Object && r.OrganisationId == organisationId && r.IsPublic)
            .Select(r => r.RecordId).ToListAsync(ct);
        all.Sort();
        var random = new Random(5);
        return [.. all.OrderBy(_ => random.Next()).Take(count)];
    }
}
