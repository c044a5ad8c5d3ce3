using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Depot.Testing;

/// <summary>
/// A real <c>depot</c> process started from the built depot.dll (copied beside the tests by a project
/// reference to Depot.Cli). Shared by the test projects that need one (CLI, network: two real Depots).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The name this process puts in job leases (<c>DepotHostOptions.InstanceName</c>).</summary>
    public string InstanceName => $"{Environment.MachineName}-{process.Id}";

    public string Output => string.Join('\n', output);

    public static string DepotDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "depot.dll");
            if (!File.Exists(dll)) throw new FileNotFoundException("depot.dll is not beside the tests: does the test project reference Depot.Cli?", dll);
            return dll;
        }
    }

    /// <summary>Runs a depot command to completion (e.g. migrate) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(CancellationToken ct, params string[] args)
    {
        using var p = Process.Start(StartInfo(args, new Dictionary<string, string>()))!;
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        return (p.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts <c>depot serve</c> at <c>url</c>, or on a free loopback port when null (give one to set the public base URI to it beforehand).</summary>
    public static async Task<ServerProcess> StartAsync(string database, IReadOnlyDictionary<string, string> environment, CancellationToken ct, string? url = null)
    {
        url ??= FreeUrl();
        var process = new Process { StartInfo = StartInfo(["serve", "--database", database, "--urls", url, "--no-migrate"], environment) };
        var server = new ServerProcess(process, url);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(ct);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"depot serve exited with {process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(Url + "/health", ct)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Slow first request.
            }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"depot serve did not become healthy at {Url}:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 400) output.TryDequeue(out _);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(DepotDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("DEPOT_DATABASE");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Depot"] = "Information";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        return info;
    }

    /// <summary>An address on a loopback port free at this moment.</summary>
    public static string FreeUrl() => $"http://127.0.0.1:{FreePort()}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            process.Dispose();
        }
    }
}
