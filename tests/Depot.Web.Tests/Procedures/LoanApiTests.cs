using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Support.HttpAssertions;

namespace Depot.Web.Tests.Procedures;

public sealed class LoanApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Loan_goes_out_and_comes_back_through_the_status_endpoint_and_a_second_loan_of_the_object_is_refused()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "2019.12", "De Schelde bij Antwerpen", Ct);
        var borrower = await app.CreateAgentAsync(org, "M Leuven", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var body = new
        {
            partnerId = borrower.Id,
            startDate = today.AddDays(-60),
            endDate = today.AddDays(-1),
            objectIds = new[] { o.Id },
            insuranceValues = new[] { new { objectId = o.Id, amount = 15000m, currency = "EUR" } },
        };

        var created = await (await client.PostAsJsonAsync($"{org.Api}/loans", body, Ct)).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal($"BL-{today.Year}-0001", created.GetProperty("number").GetString());
        Assert.Equal("requested", created.GetProperty("status").GetString());
        Assert.Equal(15000m, created.GetProperty("insuredValue").GetProperty("amount").GetDecimal());

        await (await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/loans/{id}/status", new { status = "agreed" }, "\"v1\""), Ct)).JsonAsync(HttpStatusCode.OK);
        var out1 = await (await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/loans/{id}/status", new { status = "onLoan" }, "\"v2\""), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(out1.GetProperty("overdue").GetBoolean());

        var second = await client.PostAsJsonAsync($"{org.Api}/loans", body, Ct);
        var secondId = (await second.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var refused = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/loans/{secondId}/status", new { status = "agreed" }, "\"v1\""), Ct);
        var problem = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("2019.12 is al in bruikleen", problem.GetProperty("errors").GetProperty("objects")[0].GetString(), StringComparison.Ordinal);

        var back = await (await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/loans/{id}/status",
            new { status = "returned", date = today }, "\"v3\""), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("returned", back.GetProperty("status").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), back.GetProperty("returnDate").GetString());
        Assert.False(back.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Skipping_a_status_is_a_422_in_Dutch_and_a_status_move_needs_the_version()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var o = await app.CreateObjectAsync(org, "A.1", "Kandelaar", Ct);
        var borrower = await app.CreateAgentAsync(org, "STAM", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await (await client.PostAsJsonAsync($"{org.Api}/loans",
            new { partnerId = borrower.Id, startDate = today, endDate = today.AddDays(30), objectIds = new[] { o.Id } }, Ct)).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();

        var skipped = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/loans/{id}/status", new { status = "returned" }, "\"v1\""), Ct);
        var problem = await skipped.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("De status kan niet", problem.GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);

        var unversioned = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/loans/{id}/status", new { status = "agreed" }), Ct);
        await unversioned.ProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Object_entry_registers_new_objects_and_a_completed_acquisition_brings_them_into_the_collection()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("museum-a", Ct);
        var donor = await app.CreateAgentAsync(org, "Familie Van Damme", Ct);
        var gift = await app.CreateConceptAsync(org, "schenking", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var entry = await (await client.PostAsJsonAsync($"{org.Api}/object-entries",
            new { depositorId = donor.Id, reason = "giftOffer", entryDate = today, newObjectNumbers = new[] { "SCH.1" } }, Ct)).JsonAsync(HttpStatusCode.Created);
        var objectId = entry.GetProperty("objectIds")[0].GetInt64();
        var entered = await (await client.GetAsync($"{org.Api}/objects/{objectId}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("SCH.1", entered.GetProperty("objectNumber").GetString());
        Assert.Equal("entered", entered.GetProperty("collectionStatus").GetString());

        var acquisition = await (await client.PostAsJsonAsync($"{org.Api}/acquisitions",
            new { entryIds = new[] { entry.GetProperty("id").GetInt64() }, sourceId = donor.Id, methodId = gift.Id, date = today }, Ct)).JsonAsync(HttpStatusCode.Created);
        var completed = await client.SendAsync(Request(HttpMethod.Post, $"{org.Api}/acquisitions/{acquisition.GetProperty("id").GetInt64()}/status",
            new { status = "completed" }, "\"v1\""), Ct);
        Assert.Equal("completed", (await completed.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());

        var history = await (await client.GetAsync($"{org.Api}/objects/{objectId}/history", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, history.GetArrayLength());
        Assert.Contains("collectionStatus", history[0].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        var acquired = await (await client.GetAsync($"{org.Api}/objects/{objectId}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("inCollection", acquired.GetProperty("collectionStatus").GetString());
        var closed = await (await client.GetAsync($"{org.Api}/object-entries/{entry.GetProperty("id").GetInt64()}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
    }
}
