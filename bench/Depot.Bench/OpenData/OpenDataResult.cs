using System.Globalization;

namespace Depot.Bench.OpenData;

/// <summary>The figures of one open-data run, each with its target and how far from it.</summary>
internal sealed class OpenDataResult
{
    public string Engine { get; init; } = "";
    public long Objects { get; set; }
    public long PublicObjects { get; set; }
    public List<OpenDataRow> Rows { get; } = [];
    public List<string> Notes { get; } = [];

    /// <summary>A figure without a target (context: load, catch-up).</summary>
    public void Info(string figure, FormattableString measured) => Rows.Add(new(figure, F(measured), "", null));

    /// <summary>A rate whose target is a minimum: the ratio is measured / target (≥ 1 is met).</summary>
    public void AtLeast(string figure, double measured, string unit, double target, FormattableString detail) =>
        Rows.Add(new(figure, F($"{measured:N0} {unit}") + " " + F(detail), F($"≥ {target:N0} {unit}"), measured / target));

    /// <summary>Latency percentiles whose p95 has a ceiling: the ratio is target / p95 (≥ 1 is met).</summary>
    public void Within(Latency l, double p95Target) =>
        Rows.Add(new(l.Label, F($"p50 {l.P50:0.0} ms · p95 {l.P95:0.0} ms · p99 {l.P99:0.0} ms (n={l.Count})"),
            F($"p95 < {p95Target:0} ms"), p95Target / Math.Max(l.P95, 0.001)));

    public static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One line of the table.</summary>
/// <param name="Figure">What was measured.</param>
/// <param name="Measured">The figure with its details.</param>
/// <param name="Target">Issue 5's target, empty for context figures.</param>
/// <param name="Ratio">How far from the target: ≥ 1 is met, whatever the direction of the target; null when there is no target.</param>
internal sealed record OpenDataRow(string Figure, string Measured, string Target, double? Ratio);
