using System.Net;
using Depot.Core.Identity;
using Depot.Core.Movements;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Printing;

/// <summary>The printable views: an object sheet and a loan agreement with its condition report, in Dutch and English.</summary>
public sealed class PrintViewTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Object_sheet_shows_the_record_and_its_latest_move_and_is_linked_from_the_object_page()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var room = await app.CreateLocationAsync(org, "Zaal 1", Ct);
        var studio = await app.CreateLocationAsync(org, "Atelier", Ct);
        var o = await app.Service<RecordStore>().CreateAsync(org.Id, new CollectionObject
        { ObjectNumber = "2019.12", Titles = [new Title("De Schelde bij Antwerpen")], CurrentLocationId = room.Id }, Actor.System, Ct);
        await app.Service<MovementStore>().MoveAsync(org.Id, new MoveRequest([o.Id], studio.Id, MovementReason.Restoration), new Actor(null, "Els Janssens"), Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);

        var details = await PageAsync(client, $"/o/{org.Slug}/objecten/{o.Id}");
        var sheet = await PageAsync(client, $"/o/{org.Slug}/objecten/{o.Id}/afdrukken");

        Assert.Contains($"href=\"/o/{org.Slug}/objecten/{o.Id}/afdrukken\"", details, StringComparison.Ordinal);
        Assert.Contains("<title>Objectfiche 2019.12", sheet, StringComparison.Ordinal);
        Assert.Contains("De Schelde bij Antwerpen", sheet, StringComparison.Ordinal);
        Assert.Contains("Laatste verplaatsingen", sheet, StringComparison.Ordinal);
        Assert.Contains("Els Janssens", sheet, StringComparison.Ordinal);
        Assert.Contains("Objectfiche, afgedrukt op", sheet, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/o/{org.Slug}/objecten/{o.Id + 1000}/afdrukken", Ct)).StatusCode);
    }

    [Fact]
    public async Task Loan_agreement_names_both_parties_and_lists_each_object_with_condition_and_insurance_in_English_too()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var good = await app.CreateConceptAsync(org, "goed", Ct);
        var o = await app.Service<RecordStore>().CreateAsync(org.Id, new CollectionObject
        {
            ObjectNumber = "2019.12",
            Titles = [new Title("De Schelde bij Antwerpen")],
            ConditionId = good.Id,
            ConditionNote = "craquelé linksboven",
            Dimensions = [new Dimension("hoogte", 45.5m, "cm")],
        }, Actor.System, Ct);
        var borrower = await app.CreateAgentAsync(org, "M Leuven", Ct);
        var loan = await app.Service<RecordStore>().CreateAsync(org.Id, new Loan
        {
            PartnerId = borrower.Id,
            StartDate = Today,
            EndDate = Today.AddDays(90),
            ObjectIds = [o.Id],
            InsuranceValues = [new InsuranceValue(o.Id, 15000m)],
            Conditions = "Klimaat 20 °C, 50 % RV.",
        }, Actor.System, Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/procedures/bruiklenen/{loan.Id}/afdrukken";

        var details = await PageAsync(client, $"/o/{org.Slug}/procedures/bruiklenen/{loan.Id}");
        var sheet = await PageAsync(client, url);

        Assert.Contains($"href=\"{url}\"", details, StringComparison.Ordinal);
        Assert.Contains($"Bruikleenovereenkomst <span class=\"object-number\">{loan.Number}</span>", sheet, StringComparison.Ordinal);
        Assert.Matches("<dt>Uitlener</dt><dd>[^<]+</dd>", sheet);
        Assert.Contains("<dt>Ontlener</dt><dd>M Leuven</dd>", sheet, StringComparison.Ordinal);
        Assert.Contains("Klimaat 20 °C, 50 % RV.", sheet, StringComparison.Ordinal);
        Assert.Contains("craquelé linksboven", sheet, StringComparison.Ordinal);
        Assert.Contains("hoogte 45,5 cm", sheet, StringComparison.Ordinal);
        Assert.Contains("€ 15.000,00", sheet, StringComparison.Ordinal);
        Assert.Contains("Toestand bij vertrek", sheet, StringComparison.Ordinal);
        Assert.Contains("Naam, datum en handtekening:", sheet, StringComparison.Ordinal);

        var en = await PageAsync(client, url + "?lang=en");
        Assert.Contains($"Loan agreement <span class=\"object-number\">{loan.Number}</span>", en, StringComparison.Ordinal);
        Assert.Contains("Condition at departure", en, StringComparison.Ordinal);
        Assert.Contains("<dt>Borrower</dt><dd>M Leuven</dd>", en, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 2000)]}");
        return WebUtility.HtmlDecode(html);
    }
}
