using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Bulk;

/// <summary>
/// The labels of an organisation's concepts and agents in memory, so the full-text document of
/// a bulk-loaded object is built without a query per object.
/// </summary>
internal sealed class IndexLabels(Dictionary<long, string> concepts, Dictionary<long, string> agents, Dictionary<long, string> places)
{
    /// <summary>Adds the labels of authorities created after loading (an import creates them batch by batch).</summary>
    public void Remember(IEnumerable<Concept> created,
        IEnumerable<Agent> createdAgents, IEnumerable<Place> createdPlaces)
    {
        foreach (var c in created) concepts[c.Id] = c.PrefLabelNl + " " + c.PrefLabelEn;
        foreach (var a in createdAgents) agents[a.Id] = a.Name;
        foreach (var p in createdPlaces) places[p.Id] = p.Name;
    }

    public static async Task<IndexLabels> LoadAsync(DepotDatabase database, long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var concepts = await db.Concepts.Where(c => c.OrganisationId == organisationId)
            .Select(c => new { c.Id, Label = c.PrefLabelNl + " " + c.PrefLabelEn }).ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        var agents = await db.Agents.Where(a => a.OrganisationId == organisationId)
            .Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var places = await db.Places.Where(p => p.OrganisationId == organisationId)
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new IndexLabels(concepts, agents, places);
    }

    /// <summary>The labels a normal save puts in the document, chosen by <see cref="ObjectIndexing.References"/>.</summary>
    public List<string> For(CollectionObject o)
    {
        var refs = ObjectIndexing.References(o);
        return [.. Lookup(refs.Concepts, concepts), .. Lookup(refs.Agents, agents), .. Lookup(refs.Places, places)];
    }

    private static IEnumerable<string> Lookup(IReadOnlyList<long> ids, IReadOnlyDictionary<long, string> labels) =>
        ids.Select(id => labels.GetValueOrDefault(id)).OfType<string>();
}
