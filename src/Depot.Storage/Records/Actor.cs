namespace Depot.Storage.Records;

/// <summary>Who makes a change: a signed-in user, an API token or the system (imports, demo data).</summary>
public sealed record Actor(long? UserId, string Name)
{
    public static Actor System { get; } = new(null, "system");
}
