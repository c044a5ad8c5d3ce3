using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Claims;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Search;
using Depot.Web.Hosting;
using Depot.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Depot.Bench;

/// <summary>The real web host, started in this process on a free loopback port, with a signed-in registrar.</summary>
internal sealed partial class InProcessHost : IAsyncDisposable
{
    /// <summary>The object page of the web UI; {0} is the organisation slug, {1} the object id.</summary>
    public const string ObjectPagePath = "/o/{0}/objecten/{1}";

    /// <summary>Measured instead when the page does not exist in this build.</summary>
    public const string ObjectApiPath = "/api/v1/organisations/{0}/objects/{1}";

    private readonly WebApplication app;
    private readonly HttpClient client;
    private readonly long organisationId;
    private readonly long userId;

    private InProcessHost(WebApplication app, HttpClient client, long organisationId, long userId)
    {
        this.app = app;
        this.client = client;
        this.organisationId = organisationId;
        this.userId = userId;
    }

    public RecordStore Records => app.Services.GetRequiredService<RecordStore>();
    public ObjectSearch Search => app.Services.GetRequiredService<ObjectSearch>();

    public static async Task<InProcessHost> StartAsync(DatabaseTarget target, long organisationId, CancellationToken ct)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var app = DepotWebApp.Create(["--Logging:LogLevel:Default=Warning"],
            new DepotHostOptions { Database = target, Urls = url, MigrateOnStart = false, Demo = false, RunJobs = false });
        await app.StartAsync(ct);
        var accounts = app.Services.GetRequiredService<UserAccounts>();
        var user = await accounts.CreateAsync($"registrator-{Guid.NewGuid():N}@bench.depot", "Rik Bench", "bench-wachtwoord", PlatformRole.None, ct);
        await accounts.SetMembershipAsync(user.Id, organisationId, OrganisationRole.Registrar, ct);

        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("Cookie", $"depot.auth={SignInCookie(app, user)}");
        return new InProcessHost(app, client, organisationId, user.Id);
    }

    /// <summary>
    /// Signs in the way the cookie handler does on a successful sign-in: a ticket protected by the
    /// host's own data protection. This keeps the bench independent of the sign-in form.
    /// </summary>
    private static string SignInCookie(WebApplication app, User user)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(DepotClaims.UserId, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(DepotClaims.PlatformRole, user.PlatformRole.ToString()),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), CookieAuthenticationDefaults.AuthenticationScheme);
        return options.TicketDataFormat.Protect(ticket);
    }

    /// <summary>GETs of random objects' pages; the API's object read instead (and labelled so) when the page is not there yet.</summary>
    public async Task<Latency?> PageViewsAsync(int count, EngineResult result, CancellationToken ct)
    {
        var ids = await RandomIdsAsync(count + 20, seed: 9, ct);
        var slug = EngineBench.OrganisationSlug;
        var path = ObjectPagePath;
        var label = "object page " + ObjectPagePath.Replace("{0}", slug, StringComparison.Ordinal).Replace("{1}", "{id}", StringComparison.Ordinal);
        var probe = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, slug, ids[0]), ct);
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            var (_, secret) = await app.Services.GetRequiredService<ApiTokens>().CreateAsync(organisationId, "bench", OrganisationRole.Viewer, userId, ct);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            path = ObjectApiPath;
            var apiProbe = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, slug, ids[0]), ct);
            if (apiProbe.StatusCode != HttpStatusCode.OK)
            {
                result.Notes.Add($"object page: not measured (page {(int)probe.StatusCode}, API {(int)apiProbe.StatusCode} in this build)");
                return null;
            }
            label = $"API {ObjectApiPath} (page answered {(int)probe.StatusCode})";
        }
        return await Latency.MeasureAsync(count, async i =>
        {
            var id = ids[i < 0 ? count - 1 - i : i];
            using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, slug, id), ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                throw new InvalidOperationException($"GET {path} for {id} answered {(int)response.StatusCode}.");
        }, warmUp: 20, label: label);
    }

    private async Task<List<long>> RandomIdsAsync(int count, int seed, CancellationToken ct)
    {
        long min, max;
        await using (var db = app.Services.GetRequiredService<DepotDatabase>().CreateContext())
        {
            min = await db.Objects.Where(o => o.OrganisationId == organisationId).MinAsync(o => o.Id, ct);
            max = await db.Objects.Where(o => o.OrganisationId == organisationId).MaxAsync(o => o.Id, ct);
        }
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => min + random.NextInt64(max - min + 1))];
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
