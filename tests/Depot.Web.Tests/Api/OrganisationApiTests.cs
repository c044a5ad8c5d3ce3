using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Api;

public sealed class OrganisationApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_sees_only_its_own_organisations_with_its_role()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var b = await app.CreateOrganisationAsync("museum-b", Ct);
        var client = await app.SignInWithRoleAsync(a, OrganisationRole.Registrar, Ct);

        var list = await (await client.GetAsync("/api/v1/organisations", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["museum-a"], list.EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        Assert.Equal("registrar", list[0].GetProperty("role").GetString());

        var own = await (await client.GetAsync(a.Api, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(own.GetProperty("canWrite").GetBoolean());
        Assert.False(own.GetProperty("canAdminister").GetBoolean());
        var other = await (await client.GetAsync(b.Api, Ct)).ProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await client.GetAsync("/api/v1/organisations/bestaat-niet", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        // The same answer for an organisation that exists and one that does not.
        Assert.Equal(unknown.GetProperty("detail").GetString(), other.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_department_reads_every_organisation_and_writes_nothing()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var b = await app.CreateOrganisationAsync("museum-b", Ct);
        var o = await app.CreateObjectAsync(b, "B.1", "Kan", Ct);
        var department = await app.SignInAsAsync(await app.CreateUserAsync(null, null, Ct, PlatformRole.Department), Ct);

        var list = await (await department.GetAsync("/api/v1/organisations", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["museum-a", "museum-b"], list.EnumerateArray().Select(x => x.GetProperty("slug").GetString()).Order());
        await (await department.GetAsync($"{b.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        await (await department.PostAsJsonAsync($"{a.Api}/agents", new { name = "Rubens" }, Ct)).ProblemAsync(HttpStatusCode.Forbidden);
        var english = new HttpRequestMessage(HttpMethod.Delete, $"{b.Api}/objects/{o.Id}").WithIfMatch("\"v1\"");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var refused = await (await department.SendAsync(english, Ct)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("organisation admin", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
