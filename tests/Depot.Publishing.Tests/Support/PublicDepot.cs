using System.Net;
using System.Net.Sockets;
using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Depot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Publishing.Tests.Support;

/// <summary>
/// A real Depot server on a loopback port of its own with a fresh SQLite file: what external
/// clients (ldes-client, oai_pmh, validators) talk to over real HTTP. Persistent URIs use that
/// address as their base, so every link in the output resolves. The background publication
/// worker is off: tests bring the public feed up to date with <see cref="CatchUpAsync"/>.
/// </summary>
public sealed class PublicDepot : IAsyncDisposable
{
    private readonly WebApplication app;

    private PublicDepot(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
    }

    /// <summary>The server's address without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>A client without cookies that follows no redirects' content negotiation for you.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>The database this server runs on.</summary>
    public DatabaseTarget Database => Service<DepotDatabase>().Target;

    public PublicUris Uris => Service<PublicUris>();

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <param name="ct">Cancels the start.</param>
    /// <param name="settings">Extra configuration, e.g. <c>["Depot:Publishing:LdesPageSize=10"]</c>.</param>
    public static Task<PublicDepot> StartAsync(CancellationToken ct, params string[] settings) =>
        StartAsync(TestDatabases.NewSqliteTarget(), ct, settings);

    /// <summary>A server on an existing database, e.g. the one of a server stopped before (a restart).</summary>
    /// <param name="database">The database to serve; <see cref="Database"/> of an earlier instance restarts it.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <param name="settings">Extra configuration, as for <see cref="StartAsync(CancellationToken, string[])"/>.</param>
    public static async Task<PublicDepot> StartAsync(DatabaseTarget database, CancellationToken ct, params string[] settings)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var app = DepotWebApp.Create(
            ["--contentRoot", WebProjectFolder(), $"--Depot:Publishing:BaseUri={baseUrl}", .. settings.Select(s => "--" + s)],
            new DepotHostOptions { Database = database, Urls = baseUrl, Demo = false, RunJobs = false });
        await app.StartAsync(ct);
        return new PublicDepot(app, baseUrl);
    }

    public Task<int> CatchUpAsync(CancellationToken ct) => Service<PublicationProjector>().CatchUpAsync(ct);

    public async Task<Organisation> CreateOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Service<DepotDatabase>().CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public async Task<ConceptScheme> CreateSchemeAsync(Organisation organisation, CancellationToken ct)
    {
        await using var db = Service<DepotDatabase>().CreateContext();
        var scheme = new ConceptScheme { OrganisationId = organisation.Id, TitleNl = "Thesaurus " + organisation.Slug, CreatedAt = DateTimeOffset.UtcNow };
        db.ConceptSchemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return scheme;
    }

    public RecordStore Records => Service<RecordStore>();

    public Task<T> CreateAsync<T>(Organisation organisation, T record, CancellationToken ct) where T : class, Core.IVersionedRecord =>
        Records.CreateAsync(organisation.Id, record, Actor.System, ct);

    public Task<T> UpdateAsync<T>(Organisation organisation, T record, CancellationToken ct) where T : class, Core.IVersionedRecord =>
        Records.UpdateAsync(organisation.Id, record, record.Version, Actor.System, ct);

    /// <summary>A public object with a title and description; <paramref name="shape"/> fills in more.</summary>
    public Task<CollectionObject> CreatePublicObjectAsync(Organisation organisation, string number, string title, CancellationToken ct,
        Action<CollectionObject>? shape = null)
    {
        var o = new CollectionObject
        {
            ObjectNumber = number,
            Titles = [new Title(title)],
            ShortDescription = "Beschrijving van " + title,
            PublicationStatus = PublicationStatus.Public,
        };
        shape?.Invoke(o);
        return CreateAsync(organisation, o, ct);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx")))
                return Path.Combine(dir.FullName, "src", "Depot.Web");
        throw new InvalidOperationException("Could not find the repository root (Depot.slnx) above " + AppContext.BaseDirectory);
    }
}
