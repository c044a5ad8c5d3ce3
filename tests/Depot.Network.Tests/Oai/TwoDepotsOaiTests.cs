using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Core.Network;
using Depot.Network.Http;
using Depot.Network.Oai;
using Depot.Network.Tests.Support;

namespace Depot.Network.Tests.Oai;

/// <summary>
/// Two real Depots: a <c>depot serve</c> process publishes its public objects over OAI-PMH, and this process
/// harvests its <c>/oai</c> in LIDO with the OAI-PMH harvester (small pages, so resumption tokens are followed).
/// After edits, a deletion and a new object on the first, the next (incremental) harvest brings exactly those.
/// The receiving side is <see cref="TestHarvestSink"/> until the real sink is merged.
/// </summary>
public sealed class TwoDepotsOaiTests
{
    private const string Organisation = "oai-bron";
    private const string Email = "beheer@oai-bron.depot";
    private const string Password = "twee-depots-wachtwoord";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_Depot_harvests_every_public_record_in_lido_and_then_exactly_the_edits_and_deletes()
    {
        var target = TestDatabases.NewSqliteTarget();
        await SucceedAsync("migrate", "--database", target.SqliteFile!);
        await SucceedAsync("organisations", "add", "--slug", Organisation, "--name", "Museum OAI-bron", "--kind", "museum", "--database", target.SqliteFile!);
        await SucceedAsync("users", "add", "--email", Email, "--name", "Beheerder", "--password", Password, "--org", Organisation, "--org-role", "admin",
            "--database", target.SqliteFile!);
        var url = ServerProcess.FreeUrl();
        await using var server = await ServerProcess.StartAsync(target.SqliteFile!, new Dictionary<string, string>
        {
            ["Depot__Publishing__BaseUri"] = url,
            ["Depot__Publishing__OaiPageSize"] = "3",
            ["Depot__Publishing__RateLimitPermits"] = "100000",
        }, Ct, url);
        using var http = await SignedInAsync(url);
        var ids = new List<long>();
        for (var i = 1; i <= 6; i++) ids.Add(await CreateAsync(http, url, $"B.{i}", $"Voorwerp {i}", "public"));
        await CreateAsync(http, url, "B.intern", "Niet publiek", "internal");

        var source = new HarvestSource
        {
            Id = 1,
            OrganisationId = 9,
            Kind = HarvestSourceKind.OaiPmh,
            Url = url + "/oai",
            MetadataFormat = "lido",
            SetSpec = "org:" + Organisation,
        };
        var sink = new TestHarvestSink();
        var harvester = new OaiHarvester(new HarvestHttp(new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"] }));
        await harvester.HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(2, sink.Pages.Count);
        Assert.Equal(["B.1", "B.2", "B.3", "B.4", "B.5", "B.6"], Numbers(sink));
        var third = sink.Records[Identifier(url, ids[2])].Record;
        Assert.Equal(("Voorwerp 3", $"{url}/id/object/{ids[2]}"), (third.Object.Titles.Single().Text, third.SourceId));

        await UpdateAsync(http, url, ids[0], "B.1", "Voorwerp 1, herzien");
        await UpdateAsync(http, url, ids[4], "B.5", "Voorwerp 5, herzien");
        await DeleteAsync(http, url, ids[2]);
        var seventh = await CreateAsync(http, url, "B.7", "Voorwerp 7", "public");
        sink.ClearLog();
        await harvester.HarvestAsync(source, sink, new TestProgress(), Ct);

        Assert.Equal(
            [("added", Identifier(url, seventh)), ("deleted", Identifier(url, ids[2])), ("updated", Identifier(url, ids[0])), ("updated", Identifier(url, ids[4]))],
            sink.Changes.Select(c => (c.Change, c.Item.SourceIdentifier)).Order());
        Assert.Equal(["B.1", "B.2", "B.4", "B.5", "B.6", "B.7"], Numbers(sink));
        Assert.Equal("Voorwerp 5, herzien", sink.Records[Identifier(url, ids[4])].Record.Object.Titles.Single().Text);

        sink.ClearLog();
        await harvester.HarvestAsync(source, sink, new TestProgress(), Ct);
        Assert.Empty(sink.Changes);
    }

    private static IEnumerable<string> Numbers(TestHarvestSink sink) =>
        sink.Live.Select(id => sink.Records[id].Record.Object.ObjectNumber).Order(StringComparer.Ordinal);

    private static string Identifier(string url, long id) => $"oai:{new Uri(url).Host}:object:{id}";

    private static async Task SucceedAsync(params string[] args)
    {
        var (code, output) = await ServerProcess.RunToEndAsync(Ct, args);
        Assert.True(code == 0, $"depot {string.Join(' ', args)}:\n{output}");
    }

    private static async Task<HttpClient> SignedInAsync(string url)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
        var signIn = await http.PostAsJsonAsync(url + "/api/v1/session", new { email = Email, password = Password }, Ct);
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in: {(int)signIn.StatusCode}");
        return http;
    }

    private static string Objects(string url) => $"{url}/api/v1/organisations/{Organisation}/objects";

    private static async Task<long> CreateAsync(HttpClient http, string url, string number, string title, string publication)
    {
        var reply = await http.PostAsJsonAsync(Objects(url), new { objectNumber = number, titles = new[] { new { text = title } }, publicationStatus = publication }, Ct);
        Assert.True(reply.StatusCode == HttpStatusCode.Created, await reply.Content.ReadAsStringAsync(Ct));
        return (await reply.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    private static async Task UpdateAsync(HttpClient http, string url, long id, string number, string title)
    {
        var reply = await http.PutAsJsonAsync($"{Objects(url)}/{id}",
            new { objectNumber = number, titles = new[] { new { text = title } }, publicationStatus = "public", version = 1 }, Ct);
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync(Ct));
    }

    private static async Task DeleteAsync(HttpClient http, string url, long id)
    {
        using var read = await http.GetAsync($"{Objects(url)}/{id}", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Objects(url)}/{id}");
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var reply = await http.SendAsync(request, Ct);
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync(Ct));
    }
}
