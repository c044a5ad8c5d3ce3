using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Cli.Commands.Tokens;

/// <summary><c>depot tokens list</c>: an organisation's tokens (hints only, never secrets).</summary>
internal static class ListTokensCommand
{
    public static Command Create(CliGlobals globals)
    {
        var org = new Option<string>("--org") { Description = "Organisation slug", Required = true };
        var command = new Command("list", "List API tokens") { org };
        return globals.Handle(command, async (cli, ct) =>
        {
            var database = await cli.DatabaseAsync(ct);
            var organisation = await cli.OrganisationAsync(cli.Value(org), ct);
            // Newest first by id: SQLite cannot order by a DateTimeOffset column.
            await using var db = database.CreateContext();
            var tokens = await db.ApiTokens.Where(t => t.OrganisationId == organisation.Id).OrderByDescending(t => t.Id).ToListAsync(ct);
            var table = new Table().AddColumn("Id").AddColumn(cli.Text("Naam", "Name")).AddColumn(cli.Text("Begint met", "Starts with"))
                .AddColumn(cli.Text("Rol", "Role")).AddColumn(cli.Text("Gemaakt", "Created")).AddColumn(cli.Text("Laatst gebruikt", "Last used"))
                .AddColumn(cli.Text("Status", "State"));
            static string Time(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
            foreach (var t in tokens)
                table.AddRow(t.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Name), Markup.Escape(t.Hint + "…"), RoleNames.NameOf(t.Role),
                    Time(t.CreatedAt), Time(t.LastUsedAt),
                    t.IsActive ? cli.Text("actief", "active") : cli.Text("ingetrokken ", "revoked ") + Time(t.RevokedAt));
            if (tokens.Count == 0) cli.Say($"{organisation.Slug} heeft geen API-tokens.", $"{organisation.Slug} has no API tokens.");
            else cli.Out.Write(table);
            return 0;
        });
    }
}
