using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Depot.Network.Tests.Support;

/// <summary>
/// The publishing side of a two-Depots test: a real <c>depot serve</c> process on its own SQLite file with one
/// organisation and an admin signed in over the API, to create, edit and delete objects as a registrar would.
/// </summary>
internal sealed class PublishingDepot : IAsyncDisposable
{
    private const string Email = "beheer@bron.depot";
    private const string Password = "twee-depots-wachtwoord";
    private readonly ServerProcess server;
    private readonly HttpClient http;

    private PublishingDepot(ServerProcess server, HttpClient http, string url, string organisation)
    {
        this.server = server;
        this.http = http;
        Url = url;
        Organisation = organisation;
    }

    public string Url { get; }
    public string Organisation { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="organisation">The slug of its one organisation.</param>
    /// <param name="settings">Publishing settings of the server (page sizes), as environment variables.</param>
    public static async Task<PublishingDepot> StartAsync(string organisation, Dictionary<string, string> settings)
    {
        var target = TestDatabases.NewSqliteTarget();
        await SucceedAsync("migrate", "--database", target.SqliteFile!);
        await SucceedAsync("organisations", "add", "--slug", organisation, "--name", "Museum Bron", "--kind", "museum", "--database", target.SqliteFile!);
        await SucceedAsync("users", "add", "--email", Email, "--name", "Beheerder", "--password", Password, "--org", organisation, "--org-role", "admin",
            "--database", target.SqliteFile!);
        var url = ServerProcess.FreeUrl();
        settings["Depot__Publishing__BaseUri"] = url;
        settings["Depot__Publishing__RateLimitPermits"] = "100000";
        var server = await ServerProcess.StartAsync(target.SqliteFile!, settings, Ct, url);
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
        var signIn = await http.PostAsJsonAsync(url + "/api/v1/session", new { email = Email, password = Password }, Ct);
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in: {(int)signIn.StatusCode}");
        return new PublishingDepot(server, http, url, organisation);
    }

    public async Task<long> CreateAsync(string number, string title, string publication = "public")
    {
        var reply = await http.PostAsJsonAsync(Objects, new { objectNumber = number, titles = new[] { new { text = title } }, publicationStatus = publication }, Ct);
        Assert.True(reply.StatusCode == HttpStatusCode.Created, await reply.Content.ReadAsStringAsync(Ct));
        return (await reply.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    public async Task UpdateAsync(long id, string number, string title)
    {
        var reply = await http.PutAsJsonAsync($"{Objects}/{id}",
            new { objectNumber = number, titles = new[] { new { text = title } }, publicationStatus = "public", version = 1 }, Ct);
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync(Ct));
    }

    public async Task DeleteAsync(long id)
    {
        using var read = await http.GetAsync($"{Objects}/{id}", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{Objects}/{id}");
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        var reply = await http.SendAsync(request, Ct);
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync(Ct));
    }

    private string Objects => $"{Url}/api/v1/organisations/{Organisation}/objects";

    private static async Task SucceedAsync(params string[] args)
    {
        var (code, output) = await ServerProcess.RunToEndAsync(Ct, args);
        Assert.True(code == 0, $"depot {string.Join(' ', args)}:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }
}
