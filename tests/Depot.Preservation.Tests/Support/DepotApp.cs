using System.Net.Http.Headers;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Preservation.Tests.Support;

/// <summary>The Depot web app on a fresh database of its own, with the depot's ingest (a test double until the merge) and intent methods.</summary>
public sealed class DepotApp : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private readonly Factory factory;

    private DepotApp(Factory factory, string folder)
    {
        this.factory = factory;
        Folder = folder;
    }

    /// <summary>The temp folder holding the database (SQLite) and the depot's work folder.</summary>
    public string Folder { get; }

    public static async Task<DepotApp> StartAsync(CancellationToken ct, DatabaseEngine engine = DatabaseEngine.Sqlite)
    {
        var target = engine == DatabaseEngine.Sqlite ? TestDatabases.NewSqliteTarget() : await TestDatabases.NewPostgresTargetAsync(ct);
        var folder = engine == DatabaseEngine.Sqlite ? Path.GetDirectoryName(target.SqliteFile)! : Directory.CreateTempSubdirectory("depot-test-").FullName;
        var factory = new Factory(target.Engine == DatabaseEngine.Sqlite ? target.SqliteFile! : target.ConnectionString, folder);
        _ = factory.Server;
        return new DepotApp(factory, folder);
    }

    public T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    public string UploadsFolder => Path.Combine(Folder, "work", "uploads");

    public HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<(long Id, string Slug)> CreateOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Service<DepotDatabase>().CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return (organisation.Id, slug);
    }

    public async Task<HttpClient> SignInWithRoleAsync(long organisationId, OrganisationRole? role, CancellationToken ct, PlatformRole platform = PlatformRole.None)
    {
        var accounts = Service<Web.Identity.UserAccounts>();
        var email = $"{role?.ToString().ToLowerInvariant() ?? "user"}-{Guid.NewGuid():N}@test.depot";
        var user = await accounts.CreateAsync(email, $"Test {role}", Password, platform, ct);
        if (role is not null) await accounts.SetMembershipAsync(user.Id, organisationId, role, ct);
        var client = Anonymous();
        (await client.PostAsJsonAsync("/api/v1/session", new { email, password = Password }, ct)).EnsureSuccessStatusCode();
        return client;
    }

    public async Task<HttpClient> TokenClientAsync(long organisationId, OrganisationRole role, CancellationToken ct)
    {
        var (_, secret) = await Service<Web.Identity.ApiTokens>().CreateAsync(organisationId, "test token", role, null, ct);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public Task<CollectionObject> CreateObjectAsync(long organisationId, string number, CancellationToken ct) =>
        Service<RecordStore>().CreateAsync(organisationId, new CollectionObject
        {
            ObjectNumber = number,
            Titles = [new Title("Object " + number)],
            ShortDescription = "Object " + number,
        }, Actor.System, ct);

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    private sealed class Factory(string database, string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Depot:Database", database);
            builder.UseSetting("Depot:Migrate", "true");
            builder.UseSetting("Depot:Preservation:WorkDirectory", Path.Combine(folder, "work"));
            builder.UseEnvironment("Testing");
        }
    }
}
