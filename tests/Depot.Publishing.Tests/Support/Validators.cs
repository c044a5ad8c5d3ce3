using System.Diagnostics;

namespace Depot.Publishing.Tests.Support;

/// <summary>
/// The external validators and clients the tests run as real processes: Node scripts over the
/// npm packages in <c>tests/validators</c> (<c>DEPOT_VALIDATORS</c>, installed by <c>./test.sh</c>),
/// xmllint and oai_pmh from Debian.
/// </summary>
public static class Validators
{
    public const string Variable = "DEPOT_VALIDATORS";

    /// <summary>The node_modules folder with rdf-validate-shacl, jsonld, n3, ldes-client, ajv.</summary>
    public static string NodeModules()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = !string.IsNullOrWhiteSpace(configured) ? configured : Path.Combine(RepositoryRoot(), "tests", "validators", "node_modules");
        if (!Directory.Exists(path))
            throw new InvalidOperationException($"The npm validators are not installed at {path}: run ./test.sh, or `npm ci --omit-lockfile-registry-resolved` in tests/validators.");
        return path;
    }

    /// <summary>A script in tests/validators (e.g. <c>shacl.mjs</c>), run with Node from that folder so its imports resolve.</summary>
    public static Task<ProcessResult> NodeAsync(string script, IEnumerable<string> arguments, CancellationToken ct, string? stdin = null)
    {
        var folder = Path.GetDirectoryName(NodeModules())!;
        return RunAsync("node", [Path.Combine(folder, script), .. arguments], ct, folder, stdin);
    }

    public static async Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, CancellationToken ct,
        string? workingDirectory = null, string? stdin = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin.AsMemory(), ct);
            process.StandardInput.Close();
        }
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depot.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("Could not find the repository root (Depot.slnx) above " + AppContext.BaseDirectory);
    }
}

public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
