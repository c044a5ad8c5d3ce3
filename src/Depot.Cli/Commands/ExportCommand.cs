using System.CommandLine;
using System.Globalization;
using Depot.Interchange.Exporting;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Web.Api.Exports;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary>
/// <c>depot export csv|xlsx|lido --org SLUG [--query …] [--set …] [--fields a,b,c] [--header nl|en|keys] --out FILE</c>:
/// writes an organisation's objects (all, a search's results, a werkset) to a file, with a progress bar.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliGlobals globals)
    {
        var format = new Argument<string>("format") { Description = "csv, xlsx or lido (LIDO 1.1 XML)" };
        format.AcceptOnlyFromAmong("csv", "xlsx", "lido");
        var org = new Option<string>("--org", "--organisation") { Description = "Organisation slug", Required = true };
        var query = new Option<string?>("--query") { Description = "Keywords, or the objects page's query string (q=molen&material=12)" };
        var set = new Option<string?>("--set") { Description = "A werkset: its id or its name" };
        var fields = new Option<string?>("--fields") { Description = "Columns as field keys, comma-separated (objectNumber,title,maker …); default: the usual set" };
        var header = new Option<string>("--header") { Description = "Column headings: nl (default), en or keys", DefaultValueFactory = _ => "nl" };
        header.AcceptOnlyFromAmong("nl", "en", "keys");
        var output = new Option<FileInfo>("--out", "-o") { Description = "The file to write", Required = true };
        var command = new Command("export", "Export objects to CSV, XLSX or LIDO 1.1") { format, org, query, set, fields, header, output };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            var chosen = ExportsApi.Parse(cli.Value(format))!.Value;
            var scope = new ObjectScope(Query(cli.Value(query)), await SetAsync(cli, new SetStore(database, TimeProvider.System), organisation.Id, cli.Value(set), ct));
            var request = new ExportRequest(chosen, scope, ExportColumns.Choose([cli.Value(fields) ?? ""]), ExportsApi.Header(cli.Value(header)));
            var export = new ObjectExport(new ObjectSources(database, new ObjectIdPages(database)));
            var target = cli.Value(output);
            var partial = target.FullName + ".part";
            long count = 0;
            await cli.Out.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(cli.Text("Objecten exporteren", "Exporting objects"), maxValue: 1);
                    await using var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
                    count = await export.WriteAsync(organisation.Id, request, file, (done, total, _) =>
                    {
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = done;
                        return Task.CompletedTask;
                    }, ct);
                    task.Value = task.MaxValue;
                });
            File.Move(partial, target.FullName, overwrite: true);
            var n = count.ToString(CultureInfo.InvariantCulture);
            cli.Say($"{n} objecten van {organisation.Slug} geëxporteerd naar {target.FullName}.", $"Exported {n} objects of {organisation.Slug} to {target.FullName}.");
            return 0;
        });
    }

    private static ObjectQuery? Query(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : text.Contains('=', StringComparison.Ordinal) ? SearchModel.ToQuery(new QueryCollection(QueryHelpers.ParseQuery(text)))
        : new ObjectQuery { Text = text.Trim() };

    private static async Task<long?> SetAsync(CliContext cli, SetStore sets, long organisationId, string? set, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(set)) return null;
        if (long.TryParse(set, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await sets.FindAsync(organisationId, id, ct) is { Kind: ObjectSetKind.Werkset } byId)
            return byId.Id;
        var byName = (await sets.ListAsync(organisationId, ct)).FirstOrDefault(s => string.Equals(s.Name, set.Trim(), StringComparison.OrdinalIgnoreCase));
        return byName?.Id ?? throw new CliError($"Werkset '{set}' bestaat niet in deze organisatie.", $"Set '{set}' does not exist in this organisation.");
    }
}
