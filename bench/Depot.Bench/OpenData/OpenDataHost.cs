using Depot.Storage.Database;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Depot.Bench.OpenData;

/// <summary>
/// The real web host, in this process on a free loopback port, as an anonymous visitor sees it.
/// The per-client rate limit is lifted: a bench is one client asking what many visitors ask.
/// </summary>
internal sealed class OpenDataHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private OpenDataHost(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromMinutes(5),
        };
    }

    public string Url { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;

    public static async Task<OpenDataHost> StartAsync(DatabaseTarget target, CancellationToken ct)
    {
        var url = $"http://127.0.0.1:{InProcessHost.FreePort()}";
        var app = DepotWebApp.Create(["--Logging:LogLevel:Default=Warning", "--Depot:Publishing:RateLimitPermits=1000000000"],
            new DepotHostOptions { Database = target, Urls = url, MigrateOnStart = false, Demo = false, RunJobs = false });
        await app.StartAsync(ct);
        return new OpenDataHost(app, url);
    }

    /// <summary>GET as text; anything but 200 is a failed measurement.</summary>
    public async Task<string> TextAsync(string path, string? accept, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        using var response = await Client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
