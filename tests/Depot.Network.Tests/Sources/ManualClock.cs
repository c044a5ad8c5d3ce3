namespace Depot.Network.Tests.Sources;

/// <summary>A clock the test moves, so schedule and backoff are asserted on exact times without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
