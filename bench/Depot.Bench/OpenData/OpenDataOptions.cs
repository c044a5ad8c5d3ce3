using System.Globalization;

namespace Depot.Bench.OpenData;

/// <summary>
/// <c>open-data --objects 100000 --engine sqlite [--postgres "Host=…"] [--public-percent 90] [--samples 500]
/// [--duration 10] [--connections 20] [--only pages,throughput,ldes,oai] [--folder DIR] [--keep | --reuse DATABASE] [--out results.md]</c>.
/// </summary>
internal sealed record OpenDataOptions
{
    public int Objects { get; init; } = 100_000;
    public string Engine { get; init; } = "sqlite";
    public string? Postgres { get; init; }

    /// <summary>Share of the loaded objects marked public; the rest stays internal, so the feed has something to leave out.</summary>
    public int PublicPercent { get; init; } = 90;

    /// <summary>Timed requests per latency figure.</summary>
    public int Samples { get; init; } = 500;

    /// <summary>Seconds and connections of each autocannon run.</summary>
    public int Duration { get; init; } = 10;
    public int Connections { get; init; } = 20;

    /// <summary>Stop the LDES walk and each OAI harvest after this many records (0: the whole stream).</summary>
    public int StreamLimit { get; init; }

    /// <summary>The measures to run (pages, throughput, ldes, oai); all by default.</summary>
    public IReadOnlyList<string> Only { get; init; } = ["pages", "throughput", "ldes", "oai"];

    public string? Folder { get; init; }
    public bool Keep { get; init; }
    public string? Reuse { get; init; }
    public string? Out { get; init; }

    public static OpenDataOptions Parse(string[] args)
    {
        var o = new OpenDataOptions
        {
            Postgres = Environment.GetEnvironmentVariable("DEPOT_BENCH_POSTGRES") is { Length: > 0 } b ? b
                : Environment.GetEnvironmentVariable("DEPOT_TEST_POSTGRES") is { Length: > 0 } t ? t : null,
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--objects" => o with { Objects = Number() },
                "--engine" => o with { Engine = Value() },
                "--postgres" => o with { Postgres = Value() },
                "--public-percent" => o with { PublicPercent = Math.Clamp(Number(), 1, 100) },
                "--samples" => o with { Samples = Number() },
                "--duration" => o with { Duration = Number() },
                "--connections" => o with { Connections = Number() },
                "--stream-limit" => o with { StreamLimit = Number() },
                "--only" => o with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--folder" => o with { Folder = Value() },
                "--keep" => o with { Keep = true },
                "--reuse" => o with { Reuse = Value() },
                "--out" => o with { Out = Value() },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Use --objects, --engine, --postgres, --public-percent, --samples, --duration, --connections, --stream-limit, --only, --folder, --keep, --reuse, --out."),
            };
        }
        return o;
    }
}
