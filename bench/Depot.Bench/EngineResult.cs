namespace Depot.Bench;

/// <summary>The figures measured on one engine.</summary>
internal sealed class EngineResult(string engine, int objects)
{
    public string Engine { get; } = engine;
    public int Objects { get; } = objects;
    public double LoadSeconds { get; set; }
    public double LoadRate => LoadSeconds > 0 ? Objects / LoadSeconds : 0;
    public double LoadPeakMb { get; set; }

    /// <summary>CPU time this process spent loading: with other work on the machine, wall time alone misleads.</summary>
    public double LoadCpuSeconds { get; set; }

    /// <summary>The machine's 1-minute load average when the load finished.</summary>
    public string LoadAverage { get; set; } = "";
    public Latency? Create { get; set; }
    public Latency? Search { get; set; }
    public Latency? Page { get; set; }
    public double ReadySeconds { get; set; }
    public double IdleMb { get; set; }
    public List<string> Notes { get; } = [];
}
