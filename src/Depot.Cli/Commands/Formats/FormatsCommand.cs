using System.CommandLine;
using Depot.Preservation;
using Depot.Preservation.Formats;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Depot.Cli.Commands.Formats;

/// <summary><c>depot formats</c>: which PRONOM signature files are in use (they are data, updated without a release).</summary>
internal static class FormatsCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("formats", "PRONOM format identification: the signature files in use, and identify files")
        {
            IdentifyFormatsCommand.Create(globals),
        };
        return globals.Handle(command, (cli, _) =>
        {
            var source = Source(cli);
            var loaded = source.Signatures;
            cli.Out.MarkupLine($"{cli.Text("Handtekeningen", "Signatures")}: [bold]{Markup.Escape(loaded.Version)}[/]");
            cli.Say($"DROID: {source.SignaturePath ?? "—"}", $"DROID: {source.SignaturePath ?? "—"}");
            cli.Say($"Containers: {source.ContainerPath ?? "—"}", $"Containers: {source.ContainerPath ?? "—"}");
            if (loaded.Signatures is { } file)
                cli.Say($"{file.Formats.Count} formaten, {file.Signatures.Count} handtekeningen, {loaded.Containers?.Signatures.Count ?? 0} containerhandtekeningen.",
                    $"{file.Formats.Count} formats, {file.Signatures.Count} signatures, {loaded.Containers?.Signatures.Count ?? 0} container signatures.");
            if (loaded.Warning is { } warning)
                cli.Out.MarkupLine($"[yellow]{Markup.Escape(warning)}[/] (Depot__Preservation__SignatureFile, {SignatureSource.ReferenceDataVariable})");
            return Task.FromResult(0);
        });
    }

    /// <summary>The signature files as the server finds them: settings (environment <c>Depot__Preservation__…</c>), data folder, reference data.</summary>
    internal static SignatureSource Source(CliContext cli)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = configuration.GetSection(PreservationOptions.Section).Get<PreservationOptions>() ?? new PreservationOptions();
        return new SignatureSource(options, new PreservationPaths(options, cli.Target));
    }
}
