using Depot.Storage.Database;

namespace Depot.Cli.Tests.Support;

/// <summary>What a CLI run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output)
{
    /// <summary>The first printed line that starts with <paramref name="prefix"/>.</summary>
    public string LineStartingWith(string prefix) =>
        Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No line starting with '{prefix}' in:\n{Output}");
}

/// <summary>Runs the real root command in this process against one database, capturing everything it prints.</summary>
public sealed class CliRunner(DatabaseTarget target)
{
    public DatabaseTarget Target { get; } = target;

    public static CliRunner OnNewSqlite() => new(TestDatabases.NewSqliteTarget());

    public async Task<CliResult> RunAsync(params string[] args) => await RunWithInputAsync("", args);

    public async Task<CliResult> RunWithInputAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var reader = new StringReader(input);
        var exit = await DepotCli.RunAsync([.. args, "--database", Target.ConnectionString], CliConsole.Captured(output, reader),
            TestContext.Current.CancellationToken);
        return new CliResult(exit, output.ToString());
    }

    /// <summary>Runs and insists on success, showing the output when it failed.</summary>
    public async Task<CliResult> SucceedAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, $"depot {string.Join(' ', args)} exited with {result.ExitCode}:\n{result.Output}");
        return result;
    }
}
