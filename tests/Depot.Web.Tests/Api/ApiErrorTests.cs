using System.Net;
using System.Net.Http.Json;
using System.Text;
using Depot.Core.Identity;
using Depot.Storage.Database;
using Depot.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Api;

public sealed class ApiErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_without_credentials_are_refused_with_401()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Geheime kan", Ct);
        var anonymous = app.Anonymous();

        var read = await anonymous.GetAsync($"{org.Api}/objects/{o.Id}", Ct);
        var problem = await read.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("Geheime kan", problem.ToString(), StringComparison.Ordinal);
        await (await anonymous.GetAsync("/api/v1/organisations", Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync($"{org.Api}/objects", new { objectNumber = "X" }, Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_body_over_4_MB_is_refused_with_413()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var huge = "{\"objectNumber\":\"X.1\",\"shortDescription\":\"" + new string('a', (int)RequestLimits.MaxBodyBytes) + "\"}";

        var response = await client.PostAsync($"{org.Api}/objects", new StringContent(huge, Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("4 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.Equal(0, await db.Objects.CountAsync(x => x.OrganisationId == org.Id, Ct));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_in_the_callers_language()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var response = await client.PostAsync($"{org.Api}/objects", new StringContent("{\"objectNumber\": ", Encoding.UTF8, "application/json"), Ct);
        Assert.Contains("geldige JSON", (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var badSession = await app.Anonymous().PostAsync("/api/v1/session", new StringContent("not json", Encoding.UTF8, "application/json"), Ct);
        await badSession.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_records_and_routes_are_404_problems()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);

        var record = await (await client.GetAsync($"{org.Api}/objects/424242", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Niet gevonden", record.GetProperty("title").GetString());
        await (await client.GetAsync("/api/v1/organisations/bestaat-niet/objects/1", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/nergens", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_is_401_and_sign_out_ends_the_session()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var user = await app.CreateUserAsync(org, OrganisationRole.Viewer, Ct);
        var client = app.Anonymous();

        var wrong = await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = "niet-het-wachtwoord" }, Ct);
        Assert.Contains("klopt niet", (await wrong.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var session = await (await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = DepotApp.Password }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(user.Id, session.GetProperty("userId").GetInt64());
        await (await client.GetAsync(org.Api, Ct)).JsonAsync(HttpStatusCode.OK);
        await (await client.DeleteAsync("/api/v1/session", Ct)).JsonAsync(HttpStatusCode.NoContent);
        await (await client.GetAsync(org.Api, Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
