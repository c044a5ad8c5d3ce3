namespace Depot.Bench;

/// <summary>The figures measured on one engine (JSON between the engine process and the bench).</summary>
internal sealed class EngineResult
{
    public string Engine { get; set; } = "";
    public int Objects { get; set; }
    public double LoadSeconds { get; set; }
    public double LoadRate => LoadSeconds > 0 ? Objects / LoadSeconds : 0;
    public double LoadPeakMb { get; set; }

    /// <summary>CPU time this process spent loading: with other work on the machine, wall time alone misleads.</summary>
    public double LoadCpuSeconds { get; set; }

    /// <summary>The machine's load averages when the load finished.</summary>
    public string LoadAverage { get; set; } = "";
    public Latency? Create { get; set; }
    public Latency? Search { get; set; }
    public Latency? Page { get; set; }

    /// <summary>The other main pages' server time (search page, edit form, history), each with its label.</summary>
    public List<Latency> Pages { get; set; } = [];
    public double ReadySeconds { get; set; }
    public double IdleMb { get; set; }
    public List<string> Notes { get; set; } = [];
}
