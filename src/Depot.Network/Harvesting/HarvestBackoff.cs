namespace Depot.Network.Harvesting;

/// <summary>When a failing source is tried again: <c>RetryBase · 2^(n−1)</c>, never longer than <c>RetryMaximum</c>.</summary>
public static class HarvestBackoff
{
    public static TimeSpan Delay(NetworkOptions options, int consecutiveFailures)
    {
        var n = Math.Max(1, consecutiveFailures);
        // Past 2^30 the maximum has long been reached; stopping there keeps the multiplication finite.
        var factor = Math.Pow(2, Math.Min(n - 1, 30));
        var ticks = options.RetryBase.Ticks * factor;
        return ticks >= options.RetryMaximum.Ticks ? options.RetryMaximum : TimeSpan.FromTicks((long)ticks);
    }
}
