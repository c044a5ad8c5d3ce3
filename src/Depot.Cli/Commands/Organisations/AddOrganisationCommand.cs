using System.CommandLine;
using Depot.Core.Organisations;
using Depot.Core.Validation;
using Depot.Interchange.Skos;
using Depot.Interchange.Skos.Starter;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Commands.Organisations;

/// <summary><c>depot organisations add</c>: registers a new organisation.</summary>
internal static class AddOrganisationCommand
{
    private static readonly Dictionary<string, OrganisationKind> Kinds = new(StringComparer.Ordinal)
    {
        ["museum"] = OrganisationKind.Museum,
        ["archive"] = OrganisationKind.Archive,
        ["heritage-library"] = OrganisationKind.HeritageLibrary,
        ["heritage-cell"] = OrganisationKind.HeritageCell,
    };

    public static Command Create(CliGlobals globals)
    {
        var slug = new Option<string>("--slug") { Description = "Short key used in addresses, e.g. museum-aan-de-stroom", Required = true };
        var name = new Option<string>("--name") { Description = "Full name", Required = true };
        var kind = new Option<string>("--kind") { Description = "museum, archive, heritage-library or heritage-cell", Required = true };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var city = new Option<string>("--city") { Description = "City", DefaultValueFactory = _ => "" };
        var noStarter = new Option<bool>("--no-starter-thesaurus") { Description = "Do not load the starter thesauri (object names, materials, techniques)" };
        var command = new Command("add", "Add an organisation") { slug, name, kind, city, noStarter };
        return globals.Handle(command, async (cli, ct) =>
        {
            var organisation = new Organisation
            {
                Slug = cli.Value(slug).Trim(),
                Name = cli.Value(name).Trim(),
                Kind = Kinds[cli.Value(kind)],
                Address = Address.Empty with { City = cli.Value(city).Trim() },
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var database = await cli.DatabaseAsync(ct);
            await using var db = database.CreateContext();
            var errors = new List<FieldError>();
            if (!Organisation.IsValidSlug(organisation.Slug))
                errors.Add(new FieldError("slug", "slug.invalid",
                    "Een sleutel bestaat uit kleine letters, cijfers en koppeltekens (hoogstens 64), bv. museum-aan-de-stroom.",
                    "A slug is lower-case letters, digits and hyphens (at most 64), e.g. museum-aan-de-stroom."));
            else if (await db.Organisations.AnyAsync(o => o.Slug == organisation.Slug, ct))
                errors.Add(new FieldError("slug", "slug.taken", "Er bestaat al een organisatie met deze sleutel.", "An organisation with this slug already exists."));
            if (organisation.Name.Length is 0 or > 300)
                errors.Add(new FieldError("name", "name.required", "Vul een naam in (hoogstens 300 tekens).", "Enter a name (at most 300 characters)."));
            if (errors.Count > 0) throw new ValidationFailedException(errors);

            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            cli.Say($"Organisatie {organisation.Slug} aangemaakt (id {organisation.Id}).", $"Created organisation {organisation.Slug} (id {organisation.Id}).");
            if (!cli.Value(noStarter))
            {
                var starter = new StarterThesaurus(new SkosImporter(database, new RecordStore(database, TimeProvider.System), TimeProvider.System));
                var reports = await starter.LoadAsync(organisation.Id, Actor.System, ct);
                cli.Say($"Starterthesauri geladen: {reports.Sum(r => r.Created)} concepten in {reports.Count} thesauri.",
                    $"Starter thesauri loaded: {reports.Sum(r => r.Created)} concepts in {reports.Count} thesauri.");
            }
            return 0;
        });
    }
}
