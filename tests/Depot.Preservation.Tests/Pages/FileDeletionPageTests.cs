using System.Net;
using System.Text.RegularExpressions;
using Depot.Core.Identity;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.Pages;

public sealed partial class FileDeletionPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Organisation_admin_deletes_with_a_reason_and_restores_within_the_grace_period()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var token = await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct);
        var id = await DepotPagesTests.UploadAsync(token, slug, "dubbel.txt", "twice scanned");
        var admin = await app.SignInWithRoleAsync(orgId, OrganisationRole.OrganisationAdmin, Ct);
        var registrar = await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct);
        var url = $"/o/{slug}/depot/bestanden/{id}";

        var registrarPage = await registrar.GetStringAsync(url, Ct);
        var adminPage = await admin.GetStringAsync(url, Ct);
        var byRegistrar = await PostAsync(registrar, url + "?handler=Delete", registrarPage, ("reason", "weg"));
        var withoutReason = await PostAsync(admin, url + "?handler=Delete", adminPage, ("reason", " "));
        var deleted = await PostAsync(admin, url + "?handler=Delete", adminPage, ("reason", "dubbel gescand"));
        var deletedPage = WebUtility.HtmlDecode(await admin.GetStringAsync(url, Ct));
        var list = await admin.GetStringAsync($"/o/{slug}/depot", Ct);
        var deletedList = await admin.GetStringAsync($"/o/{slug}/depot?deleted=true", Ct);
        var restored = await PostAsync(admin, url + "?handler=Restore", deletedPage);

        Assert.DoesNotContain("Bestand verwijderen", registrarPage, StringComparison.Ordinal);
        Assert.Contains("nog 30 dagen bewaard", WebUtility.HtmlDecode(adminPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byRegistrar.StatusCode);
        Assert.Contains("Geef een reden op", await withoutReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Reden: dubbel gescand", deletedPage, StringComparison.Ordinal);
        Assert.Contains("Verwijdering", deletedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("dubbel.txt</a>", list, StringComparison.Ordinal);
        Assert.Contains("dubbel.txt</a>", deletedList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("dubbel.txt</a>", await admin.GetStringAsync($"/o/{slug}/depot", Ct), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string page, params (string Name, string Value)[] fields)
    {
        var token = Token().Match(page);
        Assert.True(token.Success, "no anti-forgery token on the page");
        return await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token.Groups[1].Value), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]), Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
