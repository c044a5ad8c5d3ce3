using Spectre.Console;

namespace Depot.Cli;

/// <summary>Where the CLI talks to: the terminal, or captured writers in tests.</summary>
internal sealed class CliConsole(IAnsiConsole output, TextWriter error, TextReader input, bool isProcess)
{
    /// <summary>Tables, progress bars and messages.</summary>
    public IAnsiConsole Out { get; } = output;

    /// <summary>Plain error text and System.CommandLine's own messages (help, parse errors).</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Standard input, for <c>--password-stdin</c>.</summary>
    public TextReader In { get; } = input;

    /// <summary>True for the real process: Ctrl+C is handled and prompts may ask a person.</summary>
    public bool IsProcess { get; } = isProcess;

    /// <summary>Changes to the services commands build (tests put their stand-ins here); null for the real process.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ServiceOverrides { get; set; }

    public static CliConsole FromProcess()
    {
        var console = AnsiConsole.Console;
        // Piped into a file or another program: do not wrap lines (a wrapped secret or row is hard to use).
        if (Console.IsOutputRedirected) console.Profile.Width = 240;
        return new CliConsole(console, Console.Error, Console.In, isProcess: true);
    }

    /// <summary>A console that writes plain, wide text into <paramref name="writer"/> (for tests and scripts).</summary>
    public static CliConsole Captured(TextWriter writer, TextReader? input = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 240;
        return new CliConsole(console, writer, input ?? TextReader.Null, isProcess: false);
    }
}
