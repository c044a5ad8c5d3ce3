using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Derivatives;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// A real Depot server on a loopback port (Kestrel, real HTTP) with a fresh SQLite database, its job
/// worker running, and the test doubles for helper C's ingest and content reader. Intent methods
/// arrange organisations, objects, images and signed-in users.
/// </summary>
public sealed class ImageDepot : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private readonly Factory factory;

    private ImageDepot(Factory factory, string baseUrl)
    {
        this.factory = factory;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    public static Task<ImageDepot> StartAsync(CancellationToken ct)
    {
        var database = TestDatabases.NewSqliteTarget().SqliteFile!;
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var factory = new Factory(database, baseUrl);
        factory.UseKestrel(port);
        factory.StartServer();
        _ = ct;
        return Task.FromResult(new ImageDepot(factory, baseUrl));
    }

    /// <summary>A client over real HTTP; with cookies, so it can sign in.</summary>
    public HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(BaseUrl), AllowAutoRedirect = false, HandleCookies = true });

    public async Task<Organisation> CreateOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Service<DepotDatabase>().CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public Task<CollectionObject> CreateObjectAsync(Organisation organisation, string number, PublicationStatus status, CancellationToken ct) =>
        Service<RecordStore>().CreateAsync(organisation.Id, new CollectionObject
        {
            ObjectNumber = number,
            Titles = [new Title("Voorwerp " + number)],
            PublicationStatus = status,
        }, Actor.System, ct);

    /// <summary>Adds the picture to the object the way the upload form does (through the depot), and returns the image row.</summary>
    public async Task<ObjectImage> AddImageAsync(CollectionObject o, byte[] picture, CancellationToken ct, string name = "foto.png")
    {
        using var content = new MemoryStream(picture);
        var added = await Service<ObjectImageIntake>().AddAsync(o.OrganisationId, o.Id, content, name, "Vooraanzicht", Actor.System, ct);
        Assert.Null(added.Refusal);
        return added.Image!;
    }

    /// <summary>Waits for the job worker to finish the file's derivatives (made or failed).</summary>
    public async Task<DigitalFile> SettledAsync(long fileId, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        while (true)
        {
            await using (var db = Service<DepotDatabase>().CreateContext())
            {
                var file = await db.DigitalFiles.AsNoTracking().SingleAsync(f => f.Id == fileId, limit.Token);
                if (file.Derivatives is DerivativeState.Ready or DerivativeState.Failed) return file;
            }
            await Task.Delay(100, limit.Token);
        }
    }

    public async Task<HttpClient> SignInMemberAsync(Organisation organisation, CancellationToken ct)
    {
        var accounts = Service<Web.Identity.UserAccounts>();
        var email = $"member-{Guid.NewGuid():N}@test.depot";
        var user = await accounts.CreateAsync(email, "Registrator", Password, PlatformRole.None, ct);
        await accounts.SetMembershipAsync(user.Id, organisation.Id, OrganisationRole.Registrar, ct);
        var client = Client();
        (await client.PostAsJsonAsync("/api/v1/session", new { email, password = Password }, ct)).EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(string database, string baseUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Depot:Database", database);
            builder.UseSetting("Depot:Urls", baseUrl);
            builder.UseSetting("Depot:Publishing:BaseUri", baseUrl);
            builder.UseSetting("Depot:Publishing:RateLimitPermits", "100000");
            builder.UseSetting("Depot:Jobs:PollInterval", "00:00:00.1");
            builder.UseEnvironment("Testing");
        }
    }
}
