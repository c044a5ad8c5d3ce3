using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depot.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Depot.Cli.Tests.Servers;

/// <summary>A server killed (SIGKILL) in the middle of writing keeps every write it acknowledged, and nothing half.</summary>
public sealed class KilledServerTests
{
    private const string Organisation = "durf";
    private const string Email = "registrator@durf.depot";
    private const string Password = "gekilde-server-wachtwoord";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_killed_server_loses_no_acknowledged_write_and_leaves_no_half_record()
    {
        var target = TestDatabases.NewSqliteTarget();
        var migrate = await ServerProcess.RunToEndAsync(Ct, "migrate", "--database", target.SqliteFile!);
        Assert.True(migrate.ExitCode == 0, migrate.Output);
        var cli = new CliRunner(target);
        await cli.SucceedAsync("organisations", "add", "--slug", Organisation, "--name", "Museum Durf", "--kind", "museum");
        await cli.SucceedAsync("users", "add", "--email", Email, "--name", "Rik", "--password", Password, "--org", Organisation, "--org-role", "registrar");

        var acknowledged = new ConcurrentBag<long>();
        await using (var server = await ServerProcess.StartAsync(target.SqliteFile!, new Dictionary<string, string>(), Ct))
        {
            using var http = await SignedInAsync(server.Url);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var reply = await http.PostAsJsonAsync($"{server.Url}/api/v1/organisations/{Organisation}/objects",
                            new { objectNumber = $"K{w}.{i}", titles = new[] { new { text = $"Kist {w}-{i}" } } }, stop.Token);
                        if (reply.StatusCode == HttpStatusCode.Created)
                            acknowledged.Add((await reply.Content.ReadFromJsonAsync<JsonElement>(stop.Token)).GetProperty("id").GetInt64());
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                    {
                        return; // The server is gone: an unanswered write was never acknowledged.
                    }
                }
            }, CancellationToken.None)).ToList();

            while (acknowledged.Count < 40) await Task.Delay(20, Ct);
            await server.DisposeAsync(); // Process.Kill: no shutdown, no checkpoint.
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 40);
        await using (var restarted = await ServerProcess.StartAsync(target.SqliteFile!, new Dictionary<string, string>(), Ct))
        {
            using var http = await SignedInAsync(restarted.Url);
            foreach (var id in acknowledged)
            {
                var reply = await http.GetAsync($"{restarted.Url}/api/v1/organisations/{Organisation}/objects/{id}", Ct);
                Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
            }
        }

        // Every stored object is whole: it has its first version and its full-text row.
        await using var db = new SqliteConnection(target.ConnectionString);
        await db.OpenAsync(Ct);
        Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check"));
        var objects = Convert.ToInt64(await ScalarAsync(db, "SELECT count(*) FROM objects"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(objects >= acknowledged.Count);
        Assert.Equal(objects, Convert.ToInt64(await ScalarAsync(db,
            "SELECT count(*) FROM record_versions WHERE record_type = 'Object' AND version = 1"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(objects, Convert.ToInt64(await ScalarAsync(db,
            "SELECT count(*) FROM objects o WHERE EXISTS (SELECT 1 FROM object_search s WHERE s.rowid = o.id)"), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<HttpClient> SignedInAsync(string url)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
        var signIn = await http.PostAsJsonAsync(url + "/api/v1/session", new { email = Email, password = Password }, Ct);
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in: {(int)signIn.StatusCode}");
        return http;
    }

    private static async Task<string> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
