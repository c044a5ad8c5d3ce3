using System.Net;
using Depot.Core.Identity;
using Depot.Core.Procedures;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Objects.PageForms;

namespace Depot.Web.Tests.Procedures;

/// <summary>Deleting a procedure from its page: confirmed, for registrars, and refused once its effects stand.</summary>
public sealed class ProcedureDeleteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Registrar_deletes_a_loan_from_its_page_and_the_list_confirms_it()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "2019.12", "De Schelde bij Antwerpen", Ct);
        var agent = await app.CreateAgentAsync(org, "M Leuven", Ct);
        var loan = await app.Service<RecordStore>().CreateAsync(org.Id, new Loan
        { PartnerId = agent.Id, StartDate = Today, EndDate = Today.AddDays(30), ObjectIds = [o.Id], Status = LoanStatus.Agreed }, new Actor(null, "An"), Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/procedures/bruiklenen/{loan.Id}";
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct));
        Assert.Contains($"Procedure {loan.Number} verwijderen?", page, StringComparison.Ordinal);

        var response = await client.PostAsync($"{url}?handler=Delete", new FormUrlEncodedContent(
            [F("version", 1), F("__RequestVerificationToken", await TokenAsync(client, url, Ct))]), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.ToString(), Ct));
        Assert.Contains($"Procedure {loan.Number} is verwijderd.", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
        Assert.True((await app.Service<RecordStore>().GetAsync<Loan>(org.Id, loan.Id, Ct, includeDeleted: true)).IsDeleted);
    }

    [Fact]
    public async Task Viewer_sees_no_delete_box_and_cannot_post_one()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kandelaar", Ct);
        var check = await app.Service<RecordStore>().CreateAsync(org.Id, new ConditionCheck
        { Date = Today, CheckerName = "Els", ConditionId = (await app.CreateConceptAsync(org, "goed", Ct)).Id, ObjectIds = [o.Id] }, new Actor(null, "An"), Ct);
        var viewer = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        var url = $"/o/{org.Slug}/procedures/toestandscontroles/{check.Id}";

        var page = WebUtility.HtmlDecode(await viewer.GetStringAsync(url, Ct));
        var response = await viewer.PostAsync($"{url}?handler=Delete", new FormUrlEncodedContent(
            [F("version", 1), F("__RequestVerificationToken", await TokenAsync(viewer, "/o/" + org.Slug + "/objecten", Ct))]), Ct);

        Assert.DoesNotContain("verwijderen?", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await app.Service<RecordStore>().GetAsync<ConditionCheck>(org.Id, check.Id, Ct)).IsDeleted);
    }

    [Fact]
    public async Task Completed_acquisition_offers_no_delete_and_the_api_refuses_it_with_422()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kandelaar", Ct);
        var agent = await app.CreateAgentAsync(org, "Familie Van Damme", Ct);
        var gift = await app.CreateConceptAsync(org, "schenking", Ct);
        var acquisition = await app.Service<RecordStore>().CreateAsync(org.Id, new ObjectAcquisition
        { ObjectIds = [o.Id], SourceId = agent.Id, MethodId = gift.Id, Date = Today, Status = AcquisitionStatus.Completed }, new Actor(null, "An"), Ct);
        var registrar = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var admin = await app.SignInWithRoleAsync(org, OrganisationRole.OrganisationAdmin, Ct);

        var page = WebUtility.HtmlDecode(await registrar.GetStringAsync($"/o/{org.Slug}/procedures/verwervingen/{acquisition.Id}", Ct));
        var request = new HttpRequestMessage(HttpMethod.Delete, $"{org.Api}/acquisitions/{acquisition.Id}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");
        var refused = await admin.SendAsync(request, Ct);

        Assert.Contains("kan niet verwijderd worden", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja, verwijderen", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("kan niet verwijderd worden", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
