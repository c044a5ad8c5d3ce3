using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Ingest;
using Depot.Preservation.Replicas;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// The Depot web app on a fresh SQLite database, with the depot's two default folder replicas and
/// its work folder in the app's temp folder.
/// </summary>
public sealed class PreservationApp : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";
    private readonly Factory factory;

    private PreservationApp(Factory factory, string folder)
    {
        this.factory = factory;
        Folder = folder;
    }

    /// <summary>The app's temp folder: database, content folder (<c>content/</c>) and work folder.</summary>
    public string Folder { get; }

    public static Task<PreservationApp> StartAsync(CancellationToken ct, Action<IServiceCollection>? services = null)
    {
        var database = TestDatabases.NewSqliteTarget().SqliteFile!;
        var folder = Path.GetDirectoryName(database)!;
        var factory = new Factory(database, folder, services);
        _ = factory.Server;
        return Task.FromResult(new PreservationApp(factory, folder));
    }

    public T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    public async Task<Organisation> CreateOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Service<DepotDatabase>().CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public Task<CollectionObject> CreateObjectAsync(Organisation organisation, string number, string title, CancellationToken ct) =>
        Service<RecordStore>().CreateAsync(organisation.Id, new CollectionObject { ObjectNumber = number, Titles = [new Title(title)], ShortDescription = title }, Actor.System, ct);

    /// <summary>Ingests the bytes through the depot's own ingest, linked to the object.</summary>
    public async Task<DigitalFile> AddFileAsync(Organisation organisation, long? objectId, string name, byte[] bytes, CancellationToken ct)
    {
        var result = await Service<IFileIngest>().IngestAsync(organisation.Id, new IngestRequest(name, ObjectId: objectId, OriginalPath: name),
            new MemoryStream(bytes), new Actor(null, "tester@museum.test"), ct);
        return result.File ?? throw new InvalidOperationException($"Ingest refused {name}: {result.Refusal?.MessageEn}");
    }

    /// <summary>The stored bytes of a content, read back through the depot's replicas.</summary>
    public async Task<byte[]> ReadContentAsync(string sha256, CancellationToken ct)
    {
        await using var content = await Service<IContentReader>().OpenReadAsync(sha256, ct);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    public async Task<HttpClient> SignInAsync(Organisation organisation, OrganisationRole role, CancellationToken ct)
    {
        var accounts = Service<Depot.Web.Identity.UserAccounts>();
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.depot";
        var user = await accounts.CreateAsync(email, "Test " + role, Password, PlatformRole.None, ct);
        await accounts.SetMembershipAsync(user.Id, organisation.Id, role, ct);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await client.PostAsJsonAsync("/api/v1/session", new { email, password = Password }, ct)).EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    private sealed class Factory(string database, string folder, Action<IServiceCollection>? services) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Depot:Database", database);
            builder.UseSetting("Depot:Migrate", "true");
            builder.UseSetting("Depot:Preservation:WorkDirectory", Path.Combine(folder, "work"));
            builder.UseEnvironment("Testing");
            builder.ConfigureTestServices(s =>
            {
                services?.Invoke(s);
            });
        }
    }
}
