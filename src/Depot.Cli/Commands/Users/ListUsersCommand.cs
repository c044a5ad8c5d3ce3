using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Cli.Commands.Users;

/// <summary><c>depot users list</c>: every account with its platform role and organisation roles.</summary>
internal static class ListUsersCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("list", "List users");
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            await using var db = database.CreateContext();
            var users = await db.Users.Include(u => u.Memberships).OrderBy(u => u.Email).ToListAsync(ct);
            var slugs = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Slug, ct);
            var table = new Table().AddColumn("Id").AddColumn("E-mail").AddColumn(cli.Text("Naam", "Name"))
                .AddColumn(cli.Text("Platformrol", "Platform role")).AddColumn(cli.Text("Organisaties", "Organisations"))
                .AddColumn(cli.Text("Geblokkeerd tot", "Locked until"));
            foreach (var u in users)
                table.AddRow(u.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(u.Email), Markup.Escape(u.DisplayName), RoleNames.NameOf(u.PlatformRole),
                    Markup.Escape(string.Join(", ", u.Memberships.Select(m => $"{slugs.GetValueOrDefault(m.OrganisationId, "?")}:{RoleNames.NameOf(m.Role)}"))),
                    u.LockedUntil is { } until && until > DateTimeOffset.UtcNow ? until.ToString("u", CultureInfo.InvariantCulture) : "");
            if (users.Count == 0) cli.Say("Nog geen gebruikers. Voeg er een toe met `depot users add`.", "No users yet. Add one with `depot users add`.");
            else cli.Out.Write(table);
            return 0;
        });
    }
}
