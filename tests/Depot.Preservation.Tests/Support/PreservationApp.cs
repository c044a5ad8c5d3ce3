using System.Net.Http.Json;
using System.Security.Cryptography;
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
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// The Depot web app on a fresh SQLite database, with the depot's bytes in a temp folder read by
/// <see cref="FolderContentReaderForTests"/> and ingested by <see cref="FolderFileIngestForTests"/>
/// (stand-ins for helper C's replica reader and ingest until the merge).
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

    public string ContentFolder => Path.Combine(Folder, "content");

    public static Task<PreservationApp> StartAsync(CancellationToken ct, Action<IServiceCollection>? services = null)
    {
        var database = TestDatabases.NewSqliteTarget().SqliteFile!;
        var folder = Path.GetDirectoryName(database)!;
        Directory.CreateDirectory(Path.Combine(folder, "content"));
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

    /// <summary>A depot file as helper C's ingest would leave it: bytes in the content folder, the rows, and an ingestion and a digest event.</summary>
    public async Task<DigitalFile> AddFileAsync(Organisation organisation, long? objectId, string name, byte[] bytes, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await File.WriteAllBytesAsync(Path.Combine(ContentFolder, sha), bytes, ct);
        return await FolderFileIngestForTests.RecordAsync(Service<DepotDatabase>(), organisation.Id, objectId, name, name, sha,
            Md5ForTests.Hex(bytes), bytes.LongLength, "tester@museum.test", ct);
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
                var content = Path.Combine(folder, "content");
                s.RemoveAll<IContentReader>();
                s.AddSingleton<IContentReader>(new FolderContentReaderForTests(content));
                s.RemoveAll<IFileIngest>();
                s.AddSingleton<IFileIngest>(sp => new FolderFileIngestForTests(sp.GetRequiredService<DepotDatabase>(), content));
                services?.Invoke(s);
            });
        }
    }
}
