using System.CommandLine;
using Depot.Core.Validation;
using Depot.Network.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Cli.Commands.Sources;

/// <summary><c>depot sources add</c>: registers a source for an organisation (as the platform administrator, on the server's machine).</summary>
internal static class AddSourceCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var name = new Option<string>("--name") { Description = "What to call the source", Required = true };
        var kind = new Option<string>("--kind") { Description = "ldes, oai-pmh or file", Required = true };
        kind.AcceptOnlyFromAmong("ldes", "oai-pmh", "file");
        var url = new Option<string>("--url") { Description = "The LDES stream, OAI-PMH base URL or file URL (http or https)", Required = true };
        var format = new Option<string>("--format") { Description = "oai-pmh: lido, edm or oai_dc; file: lido or csv", DefaultValueFactory = _ => "" };
        var set = new Option<string>("--set") { Description = "OAI-PMH set (default: the whole endpoint)", DefaultValueFactory = _ => "" };
        var mapping = new Option<long?>("--mapping") { Description = "CSV files: id of a saved column mapping of the organisation" };
        var interval = new Option<int>("--interval") { Description = "Minutes between scheduled harvests", DefaultValueFactory = _ => 24 * 60 };
        var command = new Command("add", "Register a source to harvest") { org, name, kind, url, format, set, mapping, interval };
        return globals.Handle(command, async (cli, ct) =>
        {
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            await using var services = await NetworkServices.BuildAsync(cli, ct);
            var input = new SourceInput(cli.Value(name), SourceInput.ParseKind(cli.Value(kind)) ?? throw new ValidationFailedException(
                    [new FieldError("kind", "kind.invalid", "Kies ldes, oai-pmh of file.", "Choose ldes, oai-pmh or file.")]),
                cli.Value(url), cli.Value(format), cli.Value(set), cli.Value(mapping), cli.Value(interval));
            var source = await services.GetRequiredService<SourceStore>().CreateAsync(organisation.Id, input, "depot sources add", ct);
            cli.Say($"Bron {source.Id} ({source.Name}) geregistreerd voor {organisation.Slug}; de eerste oogst is nu aan de beurt (of `depot harvest {source.Id} --org {organisation.Slug}`).",
                $"Registered source {source.Id} ({source.Name}) for {organisation.Slug}; its first harvest is due now (or `depot harvest {source.Id} --org {organisation.Slug}`).");
            return 0;
        });
    }
}
