using System.Globalization;

namespace Depot.Publishing.Oai;

/// <summary>
/// Set specs: <c>org:{slug}</c> for everything an organisation published, and
/// <c>org:{slug}:set:{id}</c> for a collection set it publishes (a werkset marked published).
/// The colon makes the collection set a child of its organisation's set, as the protocol's
/// hierarchy means: its members are also members of the organisation set.
/// </summary>
internal static class OaiSets
{
    public static string Organisation(string slug) => "org:" + slug;

    public static string Collection(string slug, long setId) => $"org:{slug}:set:{setId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The organisation slug and, for a collection set, its id; null when the spec has neither form.</summary>
    public static (string Slug, long? SetId)? Parse(string spec)
    {
        var parts = spec.Split(':');
        if (parts.Length == 2 && parts[0] == "org" && parts[1].Length > 0) return (parts[1], null);
        if (parts.Length == 4 && parts[0] == "org" && parts[1].Length > 0 && parts[2] == "set"
            && parts[3].All(char.IsAsciiDigit) && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (parts[1], id);
        return null;
    }
}

/// <summary>One set as ListSets describes it.</summary>
internal sealed record OaiSet(string Spec, string Name, string Description);

/// <summary>The records a list request covers: of an organisation (and one of its collection sets) or all, between two datestamps.</summary>
internal sealed record OaiScope(long? OrganisationId, long? SetId, DateTimeOffset? From, DateTimeOffset? UntilExclusive);
