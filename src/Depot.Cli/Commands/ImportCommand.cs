using System.CommandLine;
using System.Text.Json;
using Depot.Interchange.Csv;
using Depot.Interchange.Importing;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;
using Depot.Storage.Records;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary>
/// <c>depot import lido|adlib|csv|xlsx FILE --org SLUG [--dry-run] [--report r.csv|r.json] [--mapping m.json] [--batch-size N]</c>:
/// imports a collection file in batches with a progress bar; the same command again resumes an
/// interrupted import or, once it is complete, changes nothing.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliGlobals globals)
    {
        var import = new Command("import", "Import objects from LIDO, Adlib XML, CSV or XLSX; run again to resume or to update");
        foreach (var (name, format, description) in new[]
        {
            ("lido", SourceFormat.Lido, "LIDO 1.0/1.1 XML (lidoWrap, single records or OAI-PMH)"),
            ("adlib", SourceFormat.Adlib, "Adlib / Axiell adlibXML export"),
            ("csv", SourceFormat.Csv, "CSV with a column mapping (--mapping)"),
            ("xlsx", SourceFormat.Xlsx, "Excel workbook with a column mapping (--mapping)"),
        })
            import.Subcommands.Add(FormatCommand(globals, name, format, description));
        return import;
    }

    private static Command FormatCommand(CliGlobals globals, string name, SourceFormat format, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to import" };
        var organisation = new Option<string>("--org", "--organisation") { Description = "Slug of the organisation", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and report what would happen; write nothing" };
        var reportPath = new Option<FileInfo?>("--report") { Description = "Write the per-record report to this .csv or .json file" };
        var mappingPath = new Option<FileInfo?>("--mapping") { Description = "Column mapping (JSON) for CSV and XLSX" };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per transaction and checkpoint", DefaultValueFactory = _ => ImportOptions.DefaultBatchSize };
        var lidoSchemas = new Option<DirectoryInfo?>("--lido-schemas")
        {
            Description = "Folder with lido-v1.1.xsd: LIDO records that fail the schema are refused. Default: $DEPOT_LIDO_SCHEMAS",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DEPOT_LIDO_SCHEMAS") is { Length: > 0 } fromEnv ? new DirectoryInfo(fromEnv) : null,
        };
        var command = new Command(name, description) { file, organisation, dryRun, reportPath, mappingPath, batchSize, lidoSchemas };
        globals.Handle(command, async (cli, ct) =>
        {
            var path = cli.Value(file);
            if (!path.Exists) throw new CliError($"Bestand {path.FullName} bestaat niet.", $"File {path.FullName} does not exist.");
            if (cli.Value(batchSize) < 1) throw new CliError("--batch-size is minstens 1.", "--batch-size must be at least 1.", CliGlobals.InvalidInput);
            var mapping = await ReadMappingAsync(cli.Value(mappingPath), format, ct);
            var org = await cli.OrganisationAsync(cli.Value(organisation), ct);
            var database = await cli.DatabaseAsync(ct);
            var schemas = cli.Value(lidoSchemas);
            if (schemas is not null && !File.Exists(Path.Combine(schemas.FullName, LidoSchemas.Version11)))
                throw new CliError($"Map {schemas.FullName} bevat geen {LidoSchemas.Version11}.", $"Folder {schemas.FullName} holds no {LidoSchemas.Version11}.",
                    CliGlobals.InvalidInput);
            var runner = new ImportRunner(database, new RecordStore(database, TimeProvider.System), TimeProvider.System, SourceReaders.WithLidoSchemas(schemas?.FullName),
                new ImportOptions(cli.Value(batchSize)));
            var request = new ImportRequest(format, path.FullName, path.Name, cli.Value(dryRun), mapping);
            await using var report = OpenReport(cli.Value(reportPath), cli.English);
            var summary = await RunWithProgressAsync(cli, runner, org.Id, request, report, ct);
            ImportSummaryTable.Write(cli, summary);
            return 0;
        });
        return command;
    }

    private static async Task<ImportSummary> RunWithProgressAsync(CliContext cli, ImportRunner runner, long organisationId, ImportRequest request,
        IImportReport report, CancellationToken ct)
    {
        ImportSummary? summary = null;
        try
        {
            await cli.Out.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(cli.Text(request.DryRun ? "Controleren" : "Importeren", request.DryRun ? "Checking" : "Importing"),
                        maxValue: Math.Max(new FileInfo(request.FilePath).Length, 1));
                    var reporter = new InlineProgress(p =>
                    {
                        task.MaxValue = Math.Max(p.BytesTotal, 1);
                        task.Value = p.BytesRead;
                        task.Description = cli.Text($"{p.Records:N0} records", $"{p.Records:N0} records");
                    });
                    summary = await runner.RunAsync(organisationId, request, Actor.System, report, reporter, ct);
                    task.Value = task.MaxValue;
                });
        }
        catch (SourceFormatException e)
        {
            throw new CliError(e.Describe(dutch: true), e.Describe(dutch: false), CliGlobals.InvalidInput);
        }
        return summary!;
    }

    private static IImportReport OpenReport(FileInfo? path, bool english) => path switch
    {
        null => NoImportReport.Instance,
        _ when path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) => JsonImportReport.ToFile(path.FullName),
        _ => CsvImportReport.ToFile(path.FullName, dutch: !english),
    };

    private static async Task<CsvMapping?> ReadMappingAsync(FileInfo? path, SourceFormat format, CancellationToken ct)
    {
        if (path is null)
            return format is SourceFormat.Csv or SourceFormat.Xlsx
                ? throw new CliError("Geef een kolomtoewijzing mee met --mapping.", "Pass a column mapping with --mapping.", CliGlobals.InvalidInput)
                : null;
        try
        {
            await using var stream = path.OpenRead();
            return await JsonSerializer.DeserializeAsync<CsvMapping>(stream, JsonSerializerOptions.Web, ct)
                ?? throw new JsonException("empty");
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new CliError($"Kolomtoewijzing {path.Name} is onleesbaar: {e.Message}", $"Column mapping {path.Name} cannot be read: {e.Message}", CliGlobals.InvalidInput);
        }
    }

    /// <summary>Reports on the runner's thread (Spectre's progress task is thread-safe), so nothing arrives after the run ends.</summary>
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
