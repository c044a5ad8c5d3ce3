using System.Globalization;

namespace Depot.Bench;

/// <summary>The bench's command line: <c>--objects 100000 --engines sqlite,postgres [--postgres "Host=…"] [--out results.md] [--keep | --reuse database]</c>.</summary>
internal sealed record BenchOptions
{
    public int Objects { get; init; } = 100_000;
    public IReadOnlyList<string> Engines { get; init; } = ["sqlite", "postgres"];
    public string? Postgres { get; init; }
    public string? Out { get; init; }
    public int Creates { get; init; } = 200;
    public int Searches { get; init; } = 200;
    public int PageViews { get; init; } = 200;

    /// <summary>Where the SQLite database goes; a fresh file under the temp folder by default.</summary>
    public string? Folder { get; init; }

    /// <summary>Keep the loaded database afterwards (its location is printed) so later runs can reuse it.</summary>
    public bool Keep { get; init; }

    /// <summary>A database an earlier <c>--keep</c> run loaded: measured again without loading (a SQLite file or a PostgreSQL connection string).</summary>
    public string? Reuse { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions
        {
            Postgres = Environment.GetEnvironmentVariable("DEPOT_BENCH_POSTGRES") is { Length: > 0 } b ? b
                : Environment.GetEnvironmentVariable("DEPOT_TEST_POSTGRES") is { Length: > 0 } t ? t : null,
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            o = args[i] switch
            {
                "--objects" => o with { Objects = int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) },
                "--engines" => o with { Engines = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--postgres" => o with { Postgres = Value() },
                "--out" => o with { Out = Value() },
                "--creates" => o with { Creates = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--searches" => o with { Searches = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--page-views" => o with { PageViews = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--folder" => o with { Folder = Value() },
                "--keep" => o with { Keep = true },
                "--reuse" => o with { Reuse = Value() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Use --objects, --engines, --postgres, --out, --creates, --searches, --page-views, --folder, --keep, --reuse."),
            };
        }
        return o;
    }
}
