namespace Depot.Cli;

/// <summary>An expected failure (bad input, missing organisation): printed without a stack trace, in the chosen language.</summary>
internal sealed class CliError(string messageNl, string messageEn, int exitCode = 1) : Exception(messageEn)
{
    public string MessageNl { get; } = messageNl;
    public string MessageEn { get; } = messageEn;
    public int ExitCode { get; } = exitCode;
}
