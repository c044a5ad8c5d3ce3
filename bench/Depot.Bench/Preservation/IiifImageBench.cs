using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Depot.Core.Organisations;
using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Depot.Preservation;
using Depot.Preservation.Derivatives;
using Depot.Preservation.IiifImage;
using Depot.Storage.Database;
using Depot.Storage.Images;
using Depot.Storage.Records;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Depot.Bench.Preservation;

/// <summary>
/// <c>dotnet run -c Release --project bench/Depot.Bench -- iiif [--width 8660 --height 5773] [--requests 600]</c>:
/// makes a 50-megapixel photograph-like JPEG, builds its pyramid (time, peak memory), then asks for
/// random 256- and 512-pixel IIIF tiles at every scale factor, first through the tile function in
/// process, then over real HTTP from a running Depot (access check, routing, encoding included),
/// and prints p50/p95/p99 against the target p95 &lt; 50 ms.
/// </summary>
internal static class IiifImageBench
{
    public const string Command = "iiif";

    public static async Task<int> RunAsync(string[] args)
    {
        var width = int.Parse(Arg(args, "--width") ?? "8660", CultureInfo.InvariantCulture);
        var height = int.Parse(Arg(args, "--height") ?? "5773", CultureInfo.InvariantCulture);
        var requests = int.Parse(Arg(args, "--requests") ?? "600", CultureInfo.InvariantCulture);
        var folder = Directory.CreateTempSubdirectory("depot-iiif-bench-").FullName;
        try
        {
            var source = Path.Combine(folder, "original.jpg");
            var watch = Stopwatch.StartNew();
            BenchPicture.Write(source, width, height);
            AnsiConsole.MarkupLine($"Original: {width} × {height} ({width * (long)height / 1e6:N1} MP) JPEG, {new FileInfo(source).Length / 1048576.0:N1} MB, made in {watch.Elapsed.TotalSeconds:N1} s");

            var database = DatabaseTarget.Sqlite(Path.Combine(folder, "depot.db"));
            var port = FreePort();
            var baseUrl = $"http://127.0.0.1:{port}";
            var app = DepotWebApp.Create(["--Depot:Publishing:BaseUri=" + baseUrl, "--Depot:Publishing:RateLimitPermits=100000000"],
                new DepotHostOptions { Database = database, Urls = baseUrl, Demo = false, RunJobs = false });
            await app.StartAsync();
            try
            {
                var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(source)));
                var pyramidFolder = app.Services.GetRequiredService<PreservationPaths>().DerivativesOf(sha);
                DerivativeMaker.Made made;
                watch.Restart();
                await using (var peak = new PeakMemory())
                {
                    made = DerivativeMaker.Make(source, pyramidFolder);
                    await peak.DisposeAsync();
                    AnsiConsole.MarkupLine($"Derivatives (thumbnail, web size, pyramid of {made.Levels} levels, {new FileInfo(Path.Combine(pyramidFolder, DerivativeFiles.Pyramid)).Length / 1048576.0:N1} MB): " +
                        $"{watch.Elapsed.TotalSeconds:N1} s, peak working set {peak.PeakMb:N0} MB");
                }
                var fileId = await PublishAsync(app, sha, source, made);
                var pyramid = Path.Combine(pyramidFolder, DerivativeFiles.Pyramid);
                var tiles = TileRequests(made, requests, seed: 6);

                var table = new Table().AddColumns("Path", "Tile requests", "p50 (ms)", "p95 (ms)", "p99 (ms)", "Target p95 < 50 ms");
                var inProcess = await Latency.MeasureAsync(tiles.Count, i =>
                {
                    var t = tiles[i < 0 ? -i % tiles.Count : i];
                    var request = ImageRequestParser.Parse(t.Region, t.Size, "0", "default.jpg", made.Width, made.Height, ImageLimits.Default);
                    _ = ImagePyramid.Render(pyramid, request);
                    return Task.CompletedTask;
                }, warmUp: 20);
                Row(table, "in process (parse + render)", inProcess);

                using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
                // A query string of its own per request: the output cache never answers, every tile is rendered.
                var overHttp = await Latency.MeasureAsync(tiles.Count, async i =>
                {
                    var t = tiles[i < 0 ? -i % tiles.Count : i];
                    using var response = await http.GetAsync($"/iiif/3/{fileId}/{t.Region}/{t.Size}/0/default.jpg?n={i + 1000}");
                    response.EnsureSuccessStatusCode();
                    _ = await response.Content.ReadAsByteArrayAsync();
                }, warmUp: 20);
                Row(table, "HTTP (Kestrel, access check, uncached)", overHttp);
                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine($"Tiles: {string.Join(", ", tiles.GroupBy(t => $"{t.TileSize} px × {t.Factor}").Select(g => $"{g.Key}: {g.Count()}"))}");
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Tile(int TileSize, int Factor, string Region, string Size);

    /// <summary>Random tiles as a viewer asks for them (info.json's tile grid): 256 and 512 pixels, every scale factor.</summary>
    private static List<Tile> TileRequests(DerivativeMaker.Made made, int count, int seed)
    {
        var random = new Random(seed);
        var list = new List<Tile>(count);
        for (var i = 0; i < count; i++)
        {
            var tile = random.Next(2) == 0 ? 256 : 512;
            var factor = 1 << random.Next(made.Levels);
            var span = tile * factor;
            var columns = (made.Width + span - 1) / span;
            var rows = (made.Height + span - 1) / span;
            var x = random.Next(columns) * span;
            var y = random.Next(rows) * span;
            var w = Math.Min(span, made.Width - x);
            var h = Math.Min(span, made.Height - y);
            var outWidth = Math.Max(1, (int)Math.Ceiling((double)w / factor));
            list.Add(new Tile(tile, factor, Invariant($"{x},{y},{w},{h}"), Invariant($"{outWidth},")));
        }
        return list;
    }

    /// <summary>A public object whose image is the depot file, its derivatives made: what the Image API serves to anyone.</summary>
    private static async Task<long> PublishAsync(WebApplication app, string sha, string source, DerivativeMaker.Made made)
    {
        var services = app.Services;
        var database = services.GetRequiredService<DepotDatabase>();
        await using var db = database.CreateContext();
        var organisation = new Organisation { Slug = "bench", Name = "Bench museum", Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var o = await services.GetRequiredService<RecordStore>().CreateAsync(organisation.Id,
            new CollectionObject { ObjectNumber = "B.1", Titles = [new Title("Groot beeld")], PublicationStatus = PublicationStatus.Public }, Actor.System, CancellationToken.None);
        var length = new FileInfo(source).Length;
        db.StoredContents.Add(new StoredContent { Sha256 = sha, Md5 = new string('0', 32), ByteLength = length, StoredAt = DateTimeOffset.UtcNow });
        var file = new DigitalFile
        {
            OrganisationId = organisation.Id, ObjectId = o.Id, FileName = "original.jpg", Sha256 = sha, Md5 = new string('0', 32), ByteLength = length,
            MediaType = "image/jpeg", Width = made.Width, Height = made.Height, Derivatives = DerivativeState.Ready, IngestedAt = DateTimeOffset.UtcNow, IngestedBy = "bench",
        };
        db.DigitalFiles.Add(file);
        await db.SaveChangesAsync();
        await services.GetRequiredService<ObjectImageStore>().AddFileAsync(organisation.Id, o.Id, file, made.Width, made.Height, "", Actor.System, CancellationToken.None);
        return file.Id;
    }

    private static void Row(Table table, string label, Latency l) =>
        table.AddRow(label, l.Count.ToString("N0", CultureInfo.InvariantCulture), l.P50.ToString("N1", CultureInfo.InvariantCulture),
            l.P95.ToString("N1", CultureInfo.InvariantCulture), l.P99.ToString("N1", CultureInfo.InvariantCulture), l.P95 < 50 ? "[green]met[/]" : "[red]missed[/]");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
