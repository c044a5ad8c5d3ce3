using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Depot.Preservation.Tests.Support;

/// <summary>
/// A real S3-protocol server for the tests: the <c>s3rver</c> npm package from <c>tests/validators</c>
/// (<c>DEPOT_VALIDATORS</c>, installed by <c>./test.sh</c>), on a free 127.0.0.1 port with its data in a
/// temporary folder; stopped and removed with the test class.
/// </summary>
public sealed class S3Server : IAsyncLifetime
{
    private Process? process;
    private string folder = "";

    public string ServiceUrl { get; private set; } = "";

    public ReplicaStoreOptions Store(string name, string bucket) =>
        new() { Name = name, Kind = ReplicaStoreKind.S3, ServiceUrl = ServiceUrl, Bucket = bucket, ForcePathStyle = true };

    public async ValueTask InitializeAsync()
    {
        var modules = NodeModules();
        folder = Directory.CreateTempSubdirectory("depot-s3rver-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(modules, "s3rver", "bin", "s3rver.js"), "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent" })
            start.ArgumentList.Add(a);
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for s3rver.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ServiceUrl = $"http://127.0.0.1:{port}";
        for (var i = 0; i < 200; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"s3rver stopped at start with exit code {process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException("s3rver did not start listening within 10 s.");
    }

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The npm packages the tests run, as for the other npm tools: <c>DEPOT_VALIDATORS</c> or <c>tests/validators/node_modules</c>.</summary>
    public static string NodeModules()
    {
        var configured = Environment.GetEnvironmentVariable("DEPOT_VALIDATORS");
        var path = !string.IsNullOrWhiteSpace(configured) ? configured : Path.Combine(RepositoryRoot(), "tests", "validators", "node_modules");
        if (!Directory.Exists(Path.Combine(path, "s3rver")))
            throw new InvalidOperationException($"s3rver is not installed in {path}: run ./test.sh, or `npm ci --omit-lockfile-registry-resolved` in tests/validators.");
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (Depot.slnx) above " + AppContext.BaseDirectory);
    }
}
