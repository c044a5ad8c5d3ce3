using System.Net;
using System.Net.Http.Json;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Servers;

/// <summary>Two server processes on one PostgreSQL database behave as one installation.</summary>
public sealed class TwoServerTests(TwoServers servers) : IClassFixture<TwoServers>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cookie_issued_by_one_process_is_accepted_by_the_other()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        var signIn = await http.PostAsJsonAsync(servers.First.Url + "/api/v1/session", new { email = TwoServers.Email, password = TwoServers.Password }, Ct);
        Assert.True(signIn.IsSuccessStatusCode, $"POST /api/v1/session on the first process: {(int)signIn.StatusCode} {await signIn.Content.ReadAsStringAsync(Ct)}");
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, servers.Second.Url + "/api/v1/organisations");
        withCookie.Headers.Add("Cookie", cookie);
        var onSecond = await http.SendAsync(withCookie, Ct);
        var anonymous = await http.GetAsync(servers.Second.Url + "/api/v1/organisations", Ct);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Contains(TwoServers.Organisation, await onSecond.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Both_processes_share_one_data_protection_key_ring_in_the_database()
    {
        await using var db = new DepotDatabase(servers.Target).CreateContext();

        var keys = await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(Ct);

        Assert.Single(keys);
    }

    [Fact]
    public async Task First_platform_admin_comes_from_the_environment_once()
    {
        await using var db = new DepotDatabase(servers.Target).CreateContext();

        var admins = await db.Users.Where(u => u.PlatformRole == PlatformRole.PlatformAdmin).Select(u => u.Email).ToListAsync(Ct);

        Assert.Equal([TwoServers.AdminEmail], admins);
    }

    [Fact]
    public async Task Reindex_jobs_are_shared_by_both_processes_and_each_runs_once()
    {
        var database = new DepotDatabase(servers.Target);
        var records = new RecordStore(database, TimeProvider.System);
        var organisations = new List<long>();
        for (var i = 1; i <= 6; i++)
        {
            var slug = $"index-{i}";
            await servers.Cli.SucceedAsync("organisations", "add", "--slug", slug, "--name", $"Index {i}", "--kind", "archive");
            await using (var db = database.CreateContext())
                organisations.Add(await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync(Ct));
            for (var n = 1; n <= 50; n++)
                await records.CreateAsync(organisations[^1], new CollectionObject
                {
                    ObjectNumber = $"{i}.{n}",
                    Titles = [new Title($"Ansichtkaart {n} van reeks {i}")],
                    ShortDescription = "Zicht op de Schelde",
                }, Actor.System, Ct);
        }
        // Empty the full-text index so that only the jobs can fill it again.
        await using (var db = database.CreateContext())
            await db.Database.ExecuteSqlAsync($"DELETE FROM object_search WHERE organisation_id = ANY({organisations.ToArray()})", Ct);

        var queue = new JobQueue(database, TimeProvider.System);
        var jobIds = new List<long>();
        foreach (var organisationId in organisations)
            jobIds.Add((await queue.EnqueueAsync(SearchReindex.Kind, organisationId, "{}", Ct)).Id);
        var jobs = await WaitUntilFinishedAsync(queue, jobIds);

        Assert.All(jobs, j =>
        {
            Assert.True(j.State == JobState.Succeeded, $"job {j.Id}: {j.State} {j.Error}");
            Assert.Equal(1, j.Attempts);
            Assert.Equal(50, j.Progress);
            Assert.Contains(j.ClaimedBy, new[] { servers.First.InstanceName, servers.Second.InstanceName });
        });
        Assert.Equal(2, jobs.Select(j => j.ClaimedBy).Distinct().Count());
        await using var check = database.CreateContext();
        foreach (var organisationId in organisations)
            Assert.Equal(50, await check.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM object_search WHERE organisation_id = {organisationId}").SingleAsync(Ct));
    }

    private async Task<List<BackgroundJob>> WaitUntilFinishedAsync(JobQueue queue, List<long> ids)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var jobs = new List<BackgroundJob>();
            foreach (var id in ids) jobs.Add((await queue.FindAsync(id, Ct))!);
            if (jobs.All(j => j.State is JobState.Succeeded or JobState.Failed)) return jobs;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Jobs did not finish:\n" + string.Join('\n', jobs.Select(j => $"{j.Id} {j.State} {j.ClaimedBy} {j.Message}"))
                    + "\n--- first ---\n" + servers.First.Output + "\n--- second ---\n" + servers.Second.Output);
            await Task.Delay(250, Ct);
        }
    }
}
