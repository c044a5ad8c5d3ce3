using System.CommandLine;
using Depot.Preservation.Linking;
using Spectre.Console;

namespace Depot.Cli.Commands.Ingest;

/// <summary>
/// <c>depot ingest FOLDER --org SLUG [--manifest file.csv]</c>: takes every file under a folder
/// (recursively, hidden files skipped) into the organisation's digital depot, with a progress bar in
/// bytes and files and a summary. Files the organisation already has count as duplicates, so a second
/// run over the same folder adds nothing. Ctrl+C stops after the file in hand is rolled back.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliGlobals globals)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The folder to ingest (with its subfolders)" };
        var org = new Option<string>("--org", "--organisation") { Description = "Organisation slug", Required = true };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "CSV linking files to objects: bestand;objectnummer or file,object_number" };
        var command = new Command("ingest", "Ingest a folder of files into the digital depot") { folder, org, manifest };
        return globals.Handle(command, async (cli, ct) =>
        {
            var source = cli.Value(folder);
            if (!source.Exists)
                throw new CliError($"Map {source.FullName} bestaat niet.", $"Folder {source.FullName} does not exist.", CliGlobals.InvalidInput);
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            var links = cli.Value(manifest) is { } file ? await ReadManifestAsync(file, ct) : null;
            await using var services = IngestServices.Build(database, cli.Console);
            var ingest = IngestServices.Ingest(services);
            var files = FolderFiles.List(source.FullName);
            var run = new FolderIngest(ingest, organisation.Id, links);
            var cancelled = false;
            await cli.Out.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var bytes = progress.AddTask(cli.Text("Bytes", "Bytes"), maxValue: Math.Max(1, files.Sum(f => f.Length)));
                    var count = progress.AddTask(cli.Text($"Bestanden (0/{files.Count})", $"Files (0/{files.Count})"), maxValue: Math.Max(1, files.Count));
                    count.IsIndeterminate = false;
                    cancelled = !await run.RunAsync(files, read => bytes.Increment(read), done =>
                    {
                        count.Value = done;
                        count.Description = cli.Text($"Bestanden ({done}/{files.Count})", $"Files ({done}/{files.Count})");
                    }, ct);
                    if (!cancelled)
                    {
                        bytes.Value = bytes.MaxValue;
                        count.Value = count.MaxValue;
                    }
                });
            IngestSummary.Write(cli, run, files.Count, links);
            if (cancelled)
            {
                cli.Say("Afgebroken: de bestanden hierboven zijn opgenomen; een volgende run gaat verder met de rest.",
                    "Cancelled: the files above were ingested; a next run continues with the rest.");
                return CliGlobals.Cancelled;
            }
            return run.Refused.Count > 0 ? CliGlobals.Failure : 0;
        });
    }

    private static async Task<IngestManifest> ReadManifestAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists) throw new CliError($"Manifest {file.FullName} bestaat niet.", $"Manifest {file.FullName} does not exist.", CliGlobals.InvalidInput);
        try
        {
            return await IngestManifest.ReadFileAsync(file.FullName, ct);
        }
        catch (ManifestException e)
        {
            throw new CliError(e.MessageNl, e.MessageEn, CliGlobals.InvalidInput);
        }
    }
}
