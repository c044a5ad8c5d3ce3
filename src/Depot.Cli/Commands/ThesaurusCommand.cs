using System.CommandLine;
using Depot.Core.Registration.Authorities;
using Depot.Interchange.Rdf;
using Depot.Interchange.Skos;
using Depot.Storage.Records;
using Spectre.Console;

namespace Depot.Cli.Commands;

/// <summary><c>depot thesaurus import FILE --organisation SLUG [--scheme-purpose Material]</c>: imports a SKOS thesaurus (Turtle or RDF/XML).</summary>
internal static class ThesaurusCommand
{
    public static Command Create(CliGlobals globals)
    {
        var file = new Argument<FileInfo>("file") { Description = "SKOS file: Turtle (.ttl) or RDF/XML (.rdf, .xml)" };
        var organisation = new Option<string>("--organisation", "--org") { Description = "Slug of the organisation", Required = true };
        var purpose = new Option<ThesaurusPurpose?>("--scheme-purpose") { Description = "Field the thesaurus serves: ObjectName, Material, Technique, Subject …" };
        var import = new Command("import", "Import a SKOS thesaurus; a second import updates concepts in place") { file, organisation, purpose };
        globals.Handle(import, async (cli, ct) =>
        {
            var path = cli.Value(file);
            if (!path.Exists) throw new CliError($"Bestand {path.FullName} bestaat niet.", $"File {path.FullName} does not exist.");
            var org = await cli.OrganisationAsync(cli.Value(organisation), ct);
            var database = await cli.DatabaseAsync(ct);
            var importer = new SkosImporter(database, new RecordStore(database, TimeProvider.System), TimeProvider.System);
            SkosDocument doc;
            try
            {
                await using var stream = path.OpenRead();
                doc = SkosFile.Read(stream, path.Name);
            }
            catch (RdfSyntaxException e)
            {
                throw new CliError($"{path.Name}: {e.Message}", $"{path.Name}: {e.Reason} (line {e.Line}, column {e.Column})");
            }
            SkosImportReport? report = null;
            await cli.Out.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask(cli.Text("Concepten importeren", "Importing concepts"), maxValue: Math.Max(doc.Concepts.Count, 1));
                report = await importer.ImportAsync(org.Id, doc,
                    new SkosImportOptions(Purpose: cli.Value(purpose), FallbackTitle: Path.GetFileNameWithoutExtension(path.Name)),
                    Actor.System, ct, (done, total, _) =>
                    {
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = done;
                        return Task.CompletedTask;
                    });
                task.Value = task.MaxValue;
            });
            var r = report!;
            cli.Say($"{r.SchemeTitle}: {r.Created} nieuw, {r.Updated} bijgewerkt, {r.Unchanged} ongewijzigd, {r.Warnings.Count} waarschuwingen.",
                $"{r.SchemeTitle}: {r.Created} created, {r.Updated} updated, {r.Unchanged} unchanged, {r.Warnings.Count} warnings.");
            foreach (var w in r.Warnings)
                cli.Out.MarkupLineInterpolated($"[yellow]{w.ConceptUri}[/]: {cli.Text(w.Nl, w.En)}");
            return 0;
        });
        return new Command("thesaurus", "Thesauri (SKOS concept schemes)") { import };
    }
}
