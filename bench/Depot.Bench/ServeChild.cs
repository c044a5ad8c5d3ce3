using System.Diagnostics;
using Depot.Storage.Database;
using Depot.Web.Hosting;

namespace Depot.Bench;

/// <summary>
/// <c>depot serve</c> as a separate process on the loaded database: the time from process start
/// to the first healthy answer, and its resident memory once idle. The child is this program
/// started with <c>serve-child</c>, which runs exactly the web host <c>depot serve</c> runs.
/// </summary>
internal static class ServeChild
{
    public const string Command = "serve-child";

    /// <summary>The child's side: <c>serve-child &lt;database&gt; &lt;urls&gt;</c>.</summary>
    public static void Run(string[] args)
    {
        var target = DatabaseTarget.Parse(args[1]);
        var app = DepotWebApp.Create(["--Logging:LogLevel:Default=Warning"], new DepotHostOptions
        {
            Database = target,
            Urls = args[2],
            MigrateOnStart = target.Engine == DatabaseEngine.Sqlite,
        });
        app.Run();
    }

    public static async Task<(double ReadySeconds, double IdleMb)> MeasureAsync(DatabaseTarget target, CancellationToken ct)
    {
        var url = $"http://127.0.0.1:{InProcessHost.FreePort()}";
        var database = target.Engine == DatabaseEngine.Sqlite ? target.SqliteFile! : target.ConnectionString;
        var start = EngineProcess.SelfStart(Command, database, url);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        try
        {
            double ready;
            while (true)
            {
                if (child.HasExited) throw new InvalidOperationException($"The server process exited with code {child.ExitCode} before it was ready.");
                if (watch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("The server process was not ready within 60 s.");
                try
                {
                    using var response = await http.GetAsync(url + "/health", ct);
                    if (response.IsSuccessStatusCode) { ready = watch.Elapsed.TotalSeconds; break; }
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
                await Task.Delay(10, ct);
            }
            for (var i = 0; i < 20; i++) (await http.GetAsync(url + "/health", ct)).Dispose();
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            return (ready, Machine.RssMb(child.Id));
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(CancellationToken.None);
        }
    }
}
