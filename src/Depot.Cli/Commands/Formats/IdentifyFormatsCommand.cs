using System.CommandLine;
using Depot.Preservation.Formats;
using Spectre.Console;

namespace Depot.Cli.Commands.Formats;

/// <summary><c>depot formats identify PATH…</c>: PRONOM id, name, MIME type and basis of files (folders are walked).</summary>
internal static class IdentifyFormatsCommand
{
    public static Command Create(CliGlobals globals)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders", Arity = ArgumentArity.OneOrMore };
        var command = new Command("identify", "Identify the format of files by PRONOM signatures") { paths };
        return globals.Handle(command, (cli, ct) =>
        {
            var files = Expand(cli.Value(paths), out var missing);
            if (missing.Count > 0)
                throw new CliError($"Niet gevonden: {string.Join(", ", missing)}", $"Not found: {string.Join(", ", missing)}");
            var identifier = new PronomIdentifier(FormatsCommand.Source(cli));
            var table = new Table().AddColumn(cli.Text("Bestand", "File")).AddColumn("PUID").AddColumn(cli.Text("Naam", "Name"))
                .AddColumn("MIME").AddColumn(cli.Text("Basis", "Basis")).AddColumn(cli.Text("Opmerkingen", "Notes"));
            foreach (var (file, shown) in files)
            {
                ct.ThrowIfCancellationRequested();
                using var stream = File.OpenRead(file);
                var found = identifier.Identify(stream, Path.GetFileName(file));
                var name = found.Version.Length > 0 ? $"{found.Name} {found.Version}" : found.Name;
                table.AddRow(Markup.Escape(shown), Markup.Escape(found.Puid), Markup.Escape(name), Markup.Escape(found.MediaType),
                    found.Basis, Markup.Escape(string.Join("; ", found.Warnings)));
            }
            cli.Out.MarkupLine($"{cli.Text("Handtekeningen", "Signatures")}: {Markup.Escape(identifier.SignatureVersion)}");
            cli.Out.Write(table);
            return Task.FromResult(0);
        });
    }

    /// <summary>Each file with the name shown: its own name, or its path inside a folder given.</summary>
    private static List<(string File, string Shown)> Expand(string[] paths, out List<string> missing)
    {
        missing = [];
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add((path, Path.GetFileName(path)));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, Path.GetRelativePath(path, f))));
            else missing.Add(path);
        }
        return files;
    }
}
