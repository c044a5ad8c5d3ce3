using System.Net.Http.Headers;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Web.Tests.Support;

/// <summary>
/// The Depot web app on a fresh database of its own (SQLite file or PostgreSQL database), with
/// intent methods to arrange organisations, users, records and tokens through the app's own services.
/// </summary>
public sealed partial class DepotApp : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";

    private readonly Factory factory;
    private readonly string? sqliteFolder;

    private DepotApp(Factory factory, string? sqliteFolder)
    {
        this.factory = factory;
        this.sqliteFolder = sqliteFolder;
    }

    public IServiceProvider Services => factory.Services;

    // services: replaces or tunes the app's services (a reader, a limit) before it starts.
    public static async Task<DepotApp> StartAsync(CancellationToken ct, DatabaseEngine engine = DatabaseEngine.Sqlite,
        Action<IServiceCollection>? services = null)
    {
        string database;
        string? folder = null;
        if (engine == DatabaseEngine.Sqlite)
        {
            database = TestDatabases.NewSqliteTarget().SqliteFile!;
            folder = Path.GetDirectoryName(database);
        }
        else
            database = (await TestDatabases.NewPostgresTargetAsync(ct)).ConnectionString;
        var factory = new Factory(database, services);
        _ = factory.Server; // builds the host, which migrates the database
        return new DepotApp(factory, folder);
    }

    public T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    public HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<TestOrganisation> CreateOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Service<DepotDatabase>().CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        var scheme = new ConceptScheme { OrganisationId = organisation.Id, TitleNl = "Objectnamen " + slug, CreatedAt = DateTimeOffset.UtcNow };
        db.ConceptSchemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return new TestOrganisation(organisation.Id, slug, scheme.Id);
    }

    public async Task<TestUser> CreateUserAsync(TestOrganisation? organisation, OrganisationRole? role, CancellationToken ct,
        PlatformRole platformRole = PlatformRole.None, string? displayName = null)
    {
        var accounts = Service<Identity.UserAccounts>();
        var email = $"{role?.ToString().ToLowerInvariant() ?? "user"}-{Guid.NewGuid():N}@test.depot";
        var user = await accounts.CreateAsync(email, displayName ?? $"Test {role}", Password, platformRole, ct);
        if (organisation is not null && role is not null)
            await accounts.SetMembershipAsync(user.Id, organisation.Id, role, ct);
        return new TestUser(user.Id, email, user.DisplayName);
    }

    /// <summary>A client signed in as the user through the API's session endpoint (cookie).</summary>
    public async Task<HttpClient> SignInAsAsync(TestUser user, CancellationToken ct)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = Password }, ct);
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Signs in a new user with this role in the organisation.</summary>
    public async Task<HttpClient> SignInWithRoleAsync(TestOrganisation organisation, OrganisationRole role, CancellationToken ct) =>
        await SignInAsAsync(await CreateUserAsync(organisation, role, ct), ct);

    public async Task<(ApiToken Token, string Secret)> CreateTokenAsync(TestOrganisation organisation, OrganisationRole role, CancellationToken ct) =>
        await Service<Identity.ApiTokens>().CreateAsync(organisation.Id, "test token", role, null, ct);

    public HttpClient TokenClient(string secret)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind.
            }
        }
    }

    private sealed class Factory(string database, Action<IServiceCollection>? services) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Depot:Database", database);
            builder.UseSetting("Depot:Migrate", "true");
            builder.UseEnvironment("Testing");
            if (services is not null) builder.ConfigureTestServices(services);
        }
    }
}

public sealed record TestOrganisation(long Id, string Slug, long SchemeId)
{
    public string Api => $"/api/v1/organisations/{Slug}";
}

public sealed record TestUser(long Id, string Email, string DisplayName);
