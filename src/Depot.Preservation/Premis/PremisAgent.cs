namespace Depot.Preservation.Premis;

/// <summary>
/// Who an event names: a person by e-mail (what the depot records for people), or a part of the
/// Depot software ("Depot fixity audit"); an empty agent is the Depot software itself.
/// </summary>
internal sealed record PremisAgent(string IdentifierType, string IdentifierValue, string Name, bool IsPerson)
{
    public const string Software = "Depot";

    public static PremisAgent For(string agent)
    {
        var name = agent.Trim();
        if (name.Contains('@', StringComparison.Ordinal)) return new("e-mail", name.ToLowerInvariant(), name, true);
        if (name.Length == 0) name = Software;
        return new("local", "depot-software:" + name.ToLowerInvariant().Replace(' ', '-'), name, false);
    }

    /// <summary>Every agent the events of these files name, and always the Depot software, each once.</summary>
    public static IReadOnlyList<PremisAgent> Of(IEnumerable<PremisFile> files)
    {
        var agents = new List<PremisAgent> { For(Software) };
        foreach (var e in files.SelectMany(f => f.Events))
        {
            var agent = For(e.Agent);
            if (!agents.Any(a => a.IdentifierValue == agent.IdentifierValue)) agents.Add(agent);
        }
        return agents;
    }
}
