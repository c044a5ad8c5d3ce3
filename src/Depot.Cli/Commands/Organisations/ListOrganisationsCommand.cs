using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Cli.Commands.Organisations;

/// <summary><c>depot organisations list</c>: every organisation with its number of objects and members.</summary>
internal static class ListOrganisationsCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("list", "List organisations");
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            await using var db = database.CreateContext();
            var rows = await db.Organisations.OrderBy(o => o.Slug)
                .Select(o => new
                {
                    o.Id,
                    o.Slug,
                    o.Name,
                    o.Kind,
                    o.Address,
                    Objects = db.Objects.Count(x => x.OrganisationId == o.Id && !x.IsDeleted),
                    Members = db.Memberships.Count(m => m.OrganisationId == o.Id),
                })
                .ToListAsync(ct);
            var table = new Table()
                .AddColumn("Id").AddColumn(cli.Text("Sleutel", "Slug")).AddColumn(cli.Text("Naam", "Name"))
                .AddColumn(cli.Text("Soort", "Kind")).AddColumn(cli.Text("Gemeente", "City"))
                .AddColumn(new TableColumn(cli.Text("Objecten", "Objects")).RightAligned())
                .AddColumn(new TableColumn(cli.Text("Leden", "Members")).RightAligned());
            foreach (var o in rows)
                table.AddRow(o.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(o.Slug), Markup.Escape(o.Name), o.Kind.ToString(),
                    Markup.Escape(o.Address.City), o.Objects.ToString(CultureInfo.InvariantCulture), o.Members.ToString(CultureInfo.InvariantCulture));
            if (rows.Count == 0) cli.Say("Nog geen organisaties. Voeg er een toe met `depot organisations add`.", "No organisations yet. Add one with `depot organisations add`.");
            else cli.Out.Write(table);
            return 0;
        });
    }
}
