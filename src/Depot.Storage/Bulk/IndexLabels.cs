using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Bulk;

/// <summary>
/// The labels of an organisation's concepts and agents in memory, so the full-text document of
/// a bulk-loaded object is built without a query per object.
/// </summary>
internal sealed class IndexLabels(IReadOnlyDictionary<long, string> concepts, IReadOnlyDictionary<long, string> agents)
{
    public static async Task<IndexLabels> LoadAsync(DepotDatabase database, long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var concepts = await db.Concepts.Where(c => c.OrganisationId == organisationId)
            .Select(c => new { c.Id, Label = c.PrefLabelNl + " " + c.PrefLabelEn }).ToDictionaryAsync(c => c.Id, c => c.Label, ct);
        var agents = await db.Agents.Where(a => a.OrganisationId == organisationId)
            .Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return new IndexLabels(concepts, agents);
    }

    /// <summary>
    /// The labels a normal save puts in the document. This follows the id selection of
    /// ObjectIndexing.LabelsAsync exactly (concepts: object name, materials, techniques, subjects;
    /// agents: makers and subjects); BulkLoaderContract checks that both give the same words.
    /// </summary>
    public List<string> For(CollectionObject o)
    {
        var labels = new List<string>();
        var conceptIds = o.MaterialIds.Concat(o.TechniqueIds).Concat(o.Subjects.Select(s => s.RecordId))
            .Concat(o.ObjectNameId is long n ? [n] : []).Distinct().Order();
        foreach (var id in conceptIds)
            if (concepts.TryGetValue(id, out var label)) labels.Add(label);
        foreach (var id in o.Makers.Select(m => m.AgentId).Concat(o.Subjects.Select(s => s.RecordId)).Distinct().Order())
            if (agents.TryGetValue(id, out var name)) labels.Add(name);
        return labels;
    }
}
