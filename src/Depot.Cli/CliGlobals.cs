using System.CommandLine;
using System.Data.Common;
using Depot.Core;
using Depot.Core.Validation;
using Depot.Storage.Database;

namespace Depot.Cli;

/// <summary>The options every command understands, and the one place where a command's errors become exit codes.</summary>
internal sealed class CliGlobals(CliConsole console)
{
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int Cancelled = 130;

    public CliConsole Console { get; } = console;

    public Option<string> Database { get; } = new("--database", "-d")
    {
        Description = "postgres://user:pw@host/db, Host=… (Npgsql) or a SQLite file. Default: $DEPOT_DATABASE or data/depot.db",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DEPOT_DATABASE") is { Length: > 0 } fromEnv ? fromEnv : DatabaseTarget.DefaultSqlitePath,
    };

    public Option<string> Language { get; } = CreateLanguage();

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of messages: nl (default) or en",
            Recursive = true,
            DefaultValueFactory = _ => "nl",
        };
        option.AcceptOnlyFromAmong("nl", "en");
        return option;
    }

    /// <summary>Runs <paramref name="action"/> for <paramref name="command"/>, turning expected failures into a message and an exit code.</summary>
    public Command Handle(Command command, Func<CliContext, CancellationToken, Task<int>> action)
    {
        command.SetAction(async (parse, ct) =>
        {
            var english = parse.GetValue(Language) == "en";
            string Pick(string nl, string en) => english ? en : nl;
            try
            {
                var context = new CliContext(parse, Console, DatabaseTarget.Parse(parse.GetValue(Database)), english);
                return await action(context, ct);
            }
            catch (CliError e)
            {
                await Console.Error.WriteLineAsync(Pick(e.MessageNl, e.MessageEn));
                return e.ExitCode;
            }
            catch (ValidationFailedException e)
            {
                foreach (var error in e.Errors)
                    await Console.Error.WriteLineAsync($"{error.Field}: {Pick(error.MessageNl, error.MessageEn)}");
                return InvalidInput;
            }
            catch (DomainException e)
            {
                await Console.Error.WriteLineAsync(Pick(e.MessageNl, e.MessageEn));
                return InvalidInput;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync(Pick("Afgebroken.", "Cancelled."));
                return Cancelled;
            }
            catch (Exception e) when (e is DbException or TimeoutException || e.InnerException is DbException)
            {
                // An unreachable or refused database is a situation to explain, not a crash to dump.
                await Console.Error.WriteLineAsync(Pick("Databankfout: ", "Database error: ") + (e.InnerException?.Message ?? e.Message));
                return Failure;
            }
        });
        return command;
    }
}
