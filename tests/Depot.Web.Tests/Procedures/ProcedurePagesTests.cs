using System.Net;
using Depot.Core.Identity;
using Depot.Core.Procedures;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Procedures;

/// <summary>Every procedure page renders for a registrar with real records, in Dutch.</summary>
public sealed class ProcedurePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_procedure_page_renders_with_its_records()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "2019.12", "De Schelde bij Antwerpen", Ct);
        var agent = await app.CreateAgentAsync(org, "Familie Van Damme", Ct);
        var term = await app.CreateConceptAsync(org, "goed", Ct);
        var store = app.Service<RecordStore>();
        var actor = new Actor(null, "An Peeters");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var entry = await store.CreateAsync(org.Id, new ObjectEntry { DepositorId = agent.Id, EntryDate = today, ObjectIds = [o.Id] }, actor, Ct);
        var acquisition = await store.CreateAsync(org.Id, new ObjectAcquisition { EntryIds = [entry.Id], MethodId = term.Id, SourceId = agent.Id }, actor, Ct);
        var loan = await store.CreateAsync(org.Id, new Loan
        { PartnerId = agent.Id, StartDate = today.AddDays(-30), EndDate = today.AddDays(-2), ObjectIds = [o.Id], Status = LoanStatus.OnLoan }, actor, Ct);
        var check = await store.CreateAsync(org.Id, new ConditionCheck { Date = today, CheckerName = "Els Janssens", ConditionId = term.Id, ObjectIds = [o.Id] }, actor, Ct);
        var exit = await store.CreateAsync(org.Id, new ObjectExit { ObjectIds = [o.Id], Reason = ExitReason.Transfer }, actor, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var root = $"/o/{org.Slug}/procedures";

        var overview = await PageAsync(client, root);
        Assert.Contains("1 lopende bruiklenen", overview, StringComparison.Ordinal);
        Assert.Contains("1 over tijd", overview, StringComparison.Ordinal);

        foreach (var (segment, record) in new (string, IProcedure)[]
            { ("instroom", entry), ("verwervingen", acquisition), ("bruiklenen", loan), ("toestandscontroles", check), ("uitstroom", exit) })
        {
            Assert.Contains(record.Number, await PageAsync(client, $"{root}/{segment}"), StringComparison.Ordinal);
            var details = await PageAsync(client, $"{root}/{segment}/{record.Id}");
            Assert.Contains("2019.12", details, StringComparison.Ordinal);
            Assert.Contains(record.Number, await PageAsync(client, $"{root}/{segment}/{record.Id}/bewerken"), StringComparison.Ordinal);
            Assert.Contains("Bewaren", await PageAsync(client, $"{root}/{segment}/nieuw"), StringComparison.Ordinal);
            Assert.Contains("aangemaakt", await PageAsync(client, $"{root}/geschiedenis/{segment}/{record.Id}"), StringComparison.Ordinal);
        }
        Assert.Contains("over tijd", await PageAsync(client, $"{root}/bruiklenen?overdue=true&sort=end&desc=true"), StringComparison.Ordinal);

        var objectPage = await PageAsync(client, $"/o/{org.Slug}/objecten/{o.Id}");
        Assert.Contains("id=\"on-loan-flag\"", objectPage, StringComparison.Ordinal);
        Assert.Contains(check.Number, objectPage, StringComparison.Ordinal);
        Assert.Contains("in de collectie", objectPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loan_form_shows_unknown_numbers_and_an_end_before_the_start_beside_the_fields()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var agent = await app.CreateAgentAsync(org, "M Leuven", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/procedures/bruiklenen/nieuw";
        var form = await PageAsync(client, url);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Direction"] = "Out",
            ["Form.PartnerId"] = agent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.StartDate"] = "2026-06-01",
            ["Form.EndDate"] = "2026-05-01",
            ["Form.ObjectNumbers"] = "BESTAAT.NIET",
        }), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("id=\"endDate-error\"", html, StringComparison.Ordinal);
        Assert.Contains("De einddatum ligt vóór de begindatum.", html, StringComparison.Ordinal);
        Assert.Contains("Deze objectnummers bestaan niet in deze organisatie: BESTAAT.NIET.", html, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 2000)]}");
        return WebUtility.HtmlDecode(html);
    }
}
