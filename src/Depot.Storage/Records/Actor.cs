namespace Depot.Storage.Records;

/// <summary>Who makes a change: a signed-in user, an API token or the system (imports, demo data).</summary>
public sealed record Actor(long? UserId, string Name)
{
    public static Actor System { get; } = new(null, "system");

    /// <summary>The harvester of a source: the only actor that may change harvested (read-only) objects.</summary>
    public bool IsHarvester { get; private init; }

    public static Actor Harvester(string sourceName) => new(null, "oogst: " + sourceName) { IsHarvester = true };
}
