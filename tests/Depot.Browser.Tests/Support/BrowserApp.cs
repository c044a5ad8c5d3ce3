using Depot.Storage.Database;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Depot.Browser.Tests.Support.BrowserApp))]

namespace Depot.Browser.Tests.Support;

/// <summary>
/// The real Depot host on a free loopback port with a fresh SQLite file, and Debian's Chromium
/// driven by Playwright: started once for all browser tests. Tests isolate themselves by each
/// arranging their own organisation and users; every test gets its own browser context (cookies).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumVariable = "DEPOT_CHROMIUM";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    public Arrange Arrange { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("depot-browser-");
        _app = DepotWebApp.Create(["--contentRoot", WebProjectFolder()], new DepotHostOptions
        {
            Database = DatabaseTarget.Sqlite(Path.Combine(folder.FullName, "depot.db")),
            // A known free port rather than :0, so the public URIs (IIIF manifests' image addresses) point at this host.
            Urls = $"http://127.0.0.1:{FreePort()}",
            Demo = false,
            // Batch edits run as background jobs, as in production.
            RunJobs = true,
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Arrange = new Arrange(_app.Services);

        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Args = ChromiumArgs,
            Headless = true,
        });
    }

    /// <summary>A fresh browser context (no cookies) with one page, in Dutch unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "nl-BE",
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        // Generous waits: CI runs on two shared cores, where a page can take seconds under load.
        // A wait that times out still fails the test; nothing here is a timing assertion.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/Depot.Web, so the host serves the real wwwroot (CSS, htmx) as in production.</summary>
    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx")))
                return Path.Combine(dir.FullName, "src", "Depot.Web");
        throw new InvalidOperationException("Could not find the repository root (Depot.slnx) above " + AppContext.BaseDirectory);
    }
}
