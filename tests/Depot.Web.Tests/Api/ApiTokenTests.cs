using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Api;

public sealed class ApiTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_works_in_its_own_organisation_only_and_stops_when_revoked()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var b = await app.CreateOrganisationAsync("museum-b", Ct);
        var own = await app.CreateObjectAsync(a, "A.1", "Kan", Ct);
        var other = await app.CreateObjectAsync(b, "B.1", "Geheime schaal", Ct);
        var admin = await app.SignInWithRoleAsync(a, OrganisationRole.OrganisationAdmin, Ct);

        var created = await (await admin.PostAsJsonAsync($"{a.Api}/tokens", new { name = "import-script", role = "registrar" }, Ct)).JsonAsync(HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        var tokenId = created.GetProperty("token").GetProperty("id").GetInt64();
        Assert.StartsWith("dpt_", secret, StringComparison.Ordinal);
        var listed = await (await admin.GetAsync($"{a.Api}/tokens", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("import-script", listed[0].GetProperty("name").GetString());
        Assert.DoesNotContain(secret, listed.ToString(), StringComparison.Ordinal);

        var token = app.TokenClient(secret);
        await (await token.GetAsync($"{a.Api}/objects/{own.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        await (await token.PostAsJsonAsync($"{a.Api}/objects", new { objectNumber = "A.2" }, Ct)).JsonAsync(HttpStatusCode.Created);
        var foreign = await (await token.GetAsync($"{b.Api}/objects/{other.Id}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("Geheime schaal", foreign.ToString(), StringComparison.Ordinal);
        var organisations = await (await token.GetAsync("/api/v1/organisations", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["museum-a"], organisations.EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        // A registrar token cannot mint tokens.
        await (await token.PostAsJsonAsync($"{a.Api}/tokens", new { name = "more" }, Ct)).ProblemAsync(HttpStatusCode.Forbidden);

        await (await admin.DeleteAsync($"{a.Api}/tokens/{tokenId}", Ct)).JsonAsync(HttpStatusCode.NoContent);
        await (await token.GetAsync($"{a.Api}/objects/{own.Id}", Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.DeleteAsync($"{a.Api}/tokens/{tokenId}", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_viewer_token_reads_but_cannot_write()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var a = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(a, "A.1", "Kan", Ct);
        var (_, secret) = await app.CreateTokenAsync(a, OrganisationRole.Viewer, Ct);
        var token = app.TokenClient(secret);

        await (await token.GetAsync($"{a.Api}/objects/{o.Id}", Ct)).JsonAsync(HttpStatusCode.OK);
        await (await token.PostAsJsonAsync($"{a.Api}/agents", new { name = "Rubens", kind = "person" }, Ct)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await app.TokenClient("dpt_verzonnen").GetAsync($"{a.Api}/objects/{o.Id}", Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
