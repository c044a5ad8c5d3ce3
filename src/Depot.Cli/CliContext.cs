using System.CommandLine;
using Depot.Core.Organisations;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Cli;

/// <summary>One command invocation: its parsed values, console, language and database.</summary>
internal sealed class CliContext(ParseResult parse, CliConsole console, DatabaseTarget target, bool english)
{
    private DepotDatabase? ready;

    public IAnsiConsole Out => console.Out;
    public CliConsole Console => console;
    public DatabaseTarget Target => target;
    public bool English => english;

    public T Value<T>(Option<T> option) => parse.GetValue(option)!;

    public T Value<T>(Argument<T> argument) => parse.GetValue(argument)!;

    public string Text(string nl, string en) => english ? en : nl;

    public void Say(string nl, string en) => Out.WriteLine(Text(nl, en));

    /// <summary>
    /// The database, ready for work: the embedded SQLite database is brought up to date on the spot
    /// (as <c>serve</c> does); a PostgreSQL database must be migrated explicitly with <c>depot migrate</c>.
    /// </summary>
    public async Task<DepotDatabase> DatabaseAsync(CancellationToken ct)
    {
        if (ready is not null) return ready;
        var database = new DepotDatabase(target);
        if (target.Engine == DatabaseEngine.Sqlite)
        {
            await database.MigrateAsync(ct);
            return ready = database;
        }
        var pending = await database.PendingMigrationsAsync(ct);
        if (pending.Count > 0)
            throw new CliError(
                $"De databank is niet bijgewerkt ({pending.Count} migraties wachten): voer eerst `depot migrate` uit.",
                $"The database is not up to date ({pending.Count} migrations pending): run `depot migrate` first.");
        return ready = database;
    }

    /// <summary>The organisation with this slug, or a clear error.</summary>
    public async Task<Organisation> OrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = (await DatabaseAsync(ct)).CreateContext();
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, ct)
            ?? throw new CliError($"Organisatie '{slug}' bestaat niet. `depot organisations list` toont de bestaande.",
                $"Organisation '{slug}' does not exist. `depot organisations list` shows the existing ones.");
    }
}
