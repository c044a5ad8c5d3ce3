using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Network.Harvesting;
using Depot.Storage.Database;
using Depot.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Network.Tests.Sources;

/// <summary>
/// The Depot web app on a fresh SQLite database, with the job worker running and <see cref="TestHarvester"/> and
/// <see cref="TestHarvestSink"/> in front of the real harvesters and sink; intent methods to arrange organisations and users.
/// </summary>
internal sealed partial class SourcesWebApp : WebApplicationFactory<Program>
{
    public const string Password = "correct-horse-battery";

    private readonly string database = TestDatabases.NewSqliteTarget().SqliteFile!;

    public TestHarvester Harvester { get; } = new();

    public TestHarvestSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Depot:Database", database);
        builder.UseSetting("Depot:Jobs:PollInterval", "00:00:00.2");
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IHarvester>(Harvester);
            services.AddSingleton<IHarvestSink>(Sink);
        });
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<Organisation> OrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = Services.GetRequiredService<DepotDatabase>().CreateContext();
        var organisation = new Organisation { Slug = slug, Name = "Museum " + slug, Kind = OrganisationKind.Museum, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>A signed-in client of a new user with this role in the organisation (or only the platform role).</summary>
    public async Task<HttpClient> SignInAsync(Organisation? organisation, OrganisationRole? role, CancellationToken ct,
        PlatformRole platform = PlatformRole.None)
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        var email = $"u-{Guid.NewGuid():N}@test.depot";
        var user = await accounts.CreateAsync(email, "Test " + (role?.ToString() ?? platform.ToString()), Password, platform, ct);
        if (organisation is not null && role is not null) await accounts.SetMembershipAsync(user.Id, organisation.Id, role, ct);
        var client = Browser();
        (await client.PostAsJsonAsync("/api/v1/session", new { email, password = Password }, ct)).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Posts a page's form as a browser without JavaScript does, with the page's anti-forgery token.</summary>
    public static async Task<(HttpStatusCode Status, string Html, string? Location)> PostFormAsync(HttpClient client, string formPage, string action,
        IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        var page = await client.GetStringAsync(formPage, ct);
        var token = Token().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No anti-forgery token on " + formPage);
        var response = await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]), ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct)), response.Headers.Location?.ToString());
    }

    public static async Task<string> PageAsync(HttpClient client, string url, CancellationToken ct) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url, ct));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
