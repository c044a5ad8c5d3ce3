using Depot.Core.Publishing;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;

namespace Depot.Web.Portal;

/// <summary>The public shapes a portal page shows, read from the public feed's snapshots only.</summary>
internal static class PortalShapes
{
    /// <summary>The objects of a result page in the order the search gave (one withdrawn meanwhile drops out).</summary>
    public static async Task<IReadOnlyList<PublicObject>> InOrderAsync(PublicationStore store, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var current = await store.CurrentAsync(ids, ct);
        return [.. ids.Where(current.ContainsKey).Select(id => current[id])];
    }

    /// <summary>An object that carries this facet value, as published; null when no public object does.</summary>
    public static async Task<PublicObject?> CarrierAsync(PortalSearch search, PublicationStore store, string facet, string key, CancellationToken ct)
    {
        if (await search.AnyObjectWithAsync(facet, key, ct) is not long id) return null;
        return (await store.FindObjectAsync(id, ct))?.Current;
    }

    /// <summary>An organisation as its public objects carry it; null when it publishes nothing.</summary>
    public static async Task<PublicOrganisation?> OrganisationAsync(PortalSearch search, PublicationStore store, string slug, CancellationToken ct) =>
        (await CarrierAsync(search, store, PortalFacets.Organisation, slug, ct))?.Organisation;
}
