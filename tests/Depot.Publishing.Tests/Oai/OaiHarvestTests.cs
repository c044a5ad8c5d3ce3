using System.Net;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Oai;

public sealed class OaiHarvestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Oai_pmh_harvests_every_record_across_pages_and_a_server_restart_with_withdrawals_as_deleted()
    {
        string[] settings = ["Depot:Publishing:OaiPageSize=3"];
        var depot = await PublicDepot.StartAsync(Ct, settings);
        try
        {
            var org = await depot.CreateOrganisationAsync("oogst-museum", Ct);
            var objects = new List<CollectionObject>();
            for (var i = 1; i <= 10; i++) objects.Add(await depot.CreatePublicObjectAsync(org, $"H.{i}", $"Oogststuk {i}", Ct));
            var hidden = await depot.CreateAsync(org, new CollectionObject { ObjectNumber = "H.99", Titles = [new Title("Niet publiek")] }, Ct);
            var withdrawn = objects[3];
            withdrawn.PublicationStatus = PublicationStatus.Internal;
            await depot.UpdateAsync(org, withdrawn, Ct);
            await depot.CatchUpAsync(Ct);

            // The harvester talks to a relay; before its second list request the server is stopped
            // and a new one started on the same database, so page 2 is answered with a token of the first.
            var restarts = 0;
            await using var relay = Relay.Start(async (path, ct) =>
            {
                if (path.Contains("resumptionToken", StringComparison.Ordinal) && restarts == 0)
                {
                    var database = depot.Database;
                    await depot.DisposeAsync();
                    depot = await PublicDepot.StartAsync(database, ct, settings);
                    restarts++;
                }
                return depot.BaseUrl;
            });

            var result = await Validators.RunAsync("oai_pmh", ["--metadataPrefix", "oai_dc", "-X", "ListRecords", relay.BaseUrl + "/oai"], Ct);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(1, restarts);
            var records = result.Stdout.Split('\f', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => r.Split('\n').Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1].Trim()))
                .Where(r => r.ContainsKey("identifier")).ToList();
            var expected = objects.Select(o => "oai:127.0.0.1:object:" + o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(expected.Order(), records.Select(r => r["identifier"]).Order());
            var deleted = Assert.Single(records, r => r.GetValueOrDefault("status") == "deleted");
            Assert.Equal(expected[3], deleted["identifier"]);
            Assert.DoesNotContain(":object:" + hidden.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n", result.Stdout);
            Assert.Contains("Oogststuk 10", result.Stdout);
        }
        finally
        {
            await depot.DisposeAsync();
        }
    }

    /// <summary>A minimal HTTP relay on loopback: each GET goes to the address the callback returns.</summary>
    private sealed class Relay : IAsyncDisposable
    {
        private readonly HttpListener listener = new();
        private readonly HttpClient http = new();
        private readonly CancellationTokenSource stop = new();
        private Task loop = Task.CompletedTask;

        public string BaseUrl { get; private set; } = "";

        public static Relay Start(Func<string, CancellationToken, Task<string>> target)
        {
            var relay = new Relay();
            var port = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            port.Start();
            var number = ((IPEndPoint)port.LocalEndpoint).Port;
            port.Stop();
            relay.BaseUrl = $"http://127.0.0.1:{number}";
            relay.listener.Prefixes.Add(relay.BaseUrl + "/");
            relay.listener.Start();
            relay.loop = relay.RunAsync(target);
            return relay;
        }

        private async Task RunAsync(Func<string, CancellationToken, Task<string>> target)
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                    return;
                }
                var path = context.Request.RawUrl ?? "/";
                var backend = await target(path, stop.Token);
                using var response = await http.GetAsync(backend + path, stop.Token);
                context.Response.StatusCode = (int)response.StatusCode;
                context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
                var body = await response.Content.ReadAsByteArrayAsync(stop.Token);
                await context.Response.OutputStream.WriteAsync(body, stop.Token);
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            listener.Close();
            try
            {
                await loop;
            }
            catch (OperationCanceledException)
            {
            }
            http.Dispose();
            stop.Dispose();
        }
    }
}
