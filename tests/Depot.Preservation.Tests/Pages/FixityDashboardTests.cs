using System.Net;
using System.Text.RegularExpressions;
using Depot.Core.Identity;
using Depot.Core.Preservation;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Pages;

public sealed partial class FixityDashboardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Dashboard_shows_the_last_audit_and_the_copies_missing_now(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var token = await app.TokenClientAsync(orgId, OrganisationRole.Registrar, Ct);
        var id = await DepotPagesTests.UploadAsync(token, slug, "lost.txt", "lost bytes");
        await using (var db = app.Service<DepotDatabase>().CreateContext())
        {
            var sha = await db.DigitalFiles.Where(f => f.Id == id).Select(f => f.Sha256).SingleAsync(Ct);
            await db.ContentReplicas.Where(r => r.Sha256 == sha).ExecuteDeleteAsync(Ct);
            db.ContentReplicas.Add(new ContentReplica { Sha256 = sha, Store = "local-a", State = ReplicaState.Present, CreatedAt = DateTimeOffset.UtcNow, LastCheckedAt = DateTimeOffset.UtcNow });
            db.ContentReplicas.Add(new ContentReplica { Sha256 = sha, Store = "local-b", State = ReplicaState.Missing, CreatedAt = DateTimeOffset.UtcNow, LastMessage = "absent on local-b" });
            db.FixityAudits.Add(new FixityAudit
            {
                StartedAt = DateTimeOffset.UtcNow.AddMinutes(-5), FinishedAt = DateTimeOffset.UtcNow, ContentsChecked = 1234, ReplicasChecked = 2468,
                BytesChecked = 5_000_000, Failures = 7, Repairs = 6, Unrepairable = 1,
            });
            await db.SaveChangesAsync(Ct);
        }
        var client = await app.SignInWithRoleAsync(orgId, OrganisationRole.Viewer, Ct);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{slug}/depot/fixiteit", Ct));

        Assert.Contains("1.234 inhouden en 2.468 kopieën gecontroleerd, 7 fouten gevonden, 6 hersteld", html, StringComparison.Ordinal);
        Assert.Contains("1 kopieën ontbreken en 0 zijn beschadigd", html, StringComparison.Ordinal);
        Assert.Contains("absent on local-b", html, StringComparison.Ordinal);
        Assert.Contains($"/o/{slug}/depot/bestanden/{id}\">lost.txt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fixity-start-button", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_starts_an_audit_once_and_others_cannot()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, slug) = await app.CreateOrganisationAsync("museum-a", Ct);
        var admin = await app.SignInWithRoleAsync(orgId, OrganisationRole.OrganisationAdmin, Ct);
        var registrar = await app.SignInWithRoleAsync(orgId, OrganisationRole.Registrar, Ct);
        var page = await admin.GetStringAsync($"/o/{slug}/depot/fixiteit", Ct);
        Assert.Contains("Er is nog geen controle afgerond.", page, StringComparison.Ordinal);

        var started = await PostAsync(admin, $"/o/{slug}/depot/fixiteit?handler=Audit", page);
        var again = await PostAsync(admin, $"/o/{slug}/depot/fixiteit?handler=Audit", await admin.GetStringAsync($"/o/{slug}/depot/fixiteit", Ct));
        var forbidden = await PostAsync(registrar, $"/o/{slug}/depot/fixiteit?handler=Audit", await registrar.GetStringAsync($"/o/{slug}/depot/fixiteit", Ct));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        var job = await db.Jobs.SingleAsync(j => j.Kind == PreservationJobs.FixityAudit, Ct);
        Assert.Equal(orgId, job.OrganisationId);
        // The app's job worker runs the real audit: while it waits or runs the page says so; then the audit is on record.
        if (job.State is JobState.Queued or JobState.Running)
            Assert.Contains("Een controle staat klaar of loopt", await admin.GetStringAsync($"/o/{slug}/depot/fixiteit", Ct), StringComparison.Ordinal);
        for (var i = 0; i < 300 && job.State is JobState.Queued or JobState.Running; i++)
        {
            await Task.Delay(200, Ct);
            await using var poll = app.Service<DepotDatabase>().CreateContext();
            job = await poll.Jobs.SingleAsync(j => j.Id == job.Id, Ct);
        }
        Assert.Equal(JobState.Succeeded, job.State);
        Assert.True(await db.FixityAudits.AnyAsync(a => a.OrganisationId == orgId && a.FinishedAt != null, Ct));
    }

    [Fact]
    public async Task Whole_depot_dashboard_is_for_platform_admins_only()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var (orgId, _) = await app.CreateOrganisationAsync("museum-a", Ct);
        var orgAdmin = await app.SignInWithRoleAsync(orgId, OrganisationRole.OrganisationAdmin, Ct);
        var platform = await app.SignInWithRoleAsync(orgId, null, Ct, PlatformRole.PlatformAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await orgAdmin.GetAsync("/depot/fixiteit", Ct)).StatusCode);
        Assert.Contains("Fixiteit van het hele depot", await platform.GetStringAsync("/depot/fixiteit", Ct), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string page)
    {
        var token = Token().Match(page);
        Assert.True(token.Success, "no anti-forgery token on the page");
        return await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token.Groups[1].Value)]), Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
