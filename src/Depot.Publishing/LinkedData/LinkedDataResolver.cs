using System.Globalization;
using Depot.Interchange.Rdf;
using Depot.Storage.Publishing;

namespace Depot.Publishing.LinkedData;

/// <summary>
/// What a persistent URI names, from the public feed: its triples when public, or whether it is
/// gone (410: withdrawn, deleted, no longer used publicly) or unknown (404: never public).
/// </summary>
internal sealed class LinkedDataResolver(PublicationProjector projector, PublicationStore publication, LinkedDataStore store, PublicUris uris)
{
    public async Task<Resolved> ResolveAsync(string type, string key, CancellationToken ct)
    {
        if (!PublicUris.Types.ContainsKey(type)) return Resolved.Unknown;
        if (type == "organisation")
        {
            await projector.CatchUpAsync(ct);
            var organisation = await store.FindOrganisationAsync(key, ct);
            return From(organisation, o => OsloObjectGraph.Describe(o, uris));
        }
        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Resolved.Unknown;
        await projector.CatchUpAsync(ct);
        switch (type)
        {
            case "object":
                var state = await publication.FindObjectAsync(id, ct);
                return state is null ? Resolved.Unknown
                    : state.Current is { } o ? new Resolved(PublicAvailability.Public, [.. OsloObjectGraph.Describe(o, uris)])
                    : Resolved.Gone;
            case "agent":
                return From(await store.FindAgentAsync(id, ct), a => OsloObjectGraph.Describe(a, uris));
            case "place":
                return From(await store.FindPlaceAsync(id, ct), p => OsloObjectGraph.Describe(p, uris));
            default:
                return From(await store.FindConceptAsync(id, ct), c => OsloObjectGraph.Describe(c, uris));
        }
    }

    private static Resolved From<T>(PublicLookup<T> lookup, Func<T, IReadOnlyList<Triple>> describe) where T : class =>
        lookup.Value is { } value ? new Resolved(PublicAvailability.Public, describe(value)) : new Resolved(lookup.Availability, []);
}

internal sealed record Resolved(PublicAvailability Availability, IReadOnlyList<Triple> Triples)
{
    public static readonly Resolved Unknown = new(PublicAvailability.Unknown, []);
    public static readonly Resolved Gone = new(PublicAvailability.Gone, []);
}
