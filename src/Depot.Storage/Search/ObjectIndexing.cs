using System.Text;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Depot.Storage.Search;

/// <summary>
/// Keeps the rows derived from an object — sort columns, facet rows and the full-text
/// document — in step with it, inside the caller's transaction.
/// </summary>
internal static class ObjectIndexing
{
    public static void SetSortColumns(EntityEntry<CollectionObject> entry, CollectionObject o)
    {
        entry.Property<string>(DepotDbContext.ObjectColumns.SortKey).CurrentValue = ObjectNumber.SortKey(o.ObjectNumber);
        entry.Property<string>(DepotDbContext.ObjectColumns.Title).CurrentValue = Truncate(o.PreferredTitle, 500);
        entry.Property<int?>(DepotDbContext.ObjectColumns.DatingEarliest).CurrentValue = o.Dating?.Earliest ?? o.Dating?.Latest;
        entry.Property<int?>(DepotDbContext.ObjectColumns.DatingLatest).CurrentValue = o.Dating?.Latest ?? o.Dating?.Earliest;
        entry.Property<int?>(DepotDbContext.ObjectColumns.Century).CurrentValue = o.Dating?.Century;
    }

    public static IEnumerable<ObjectTerm> Terms(CollectionObject o) =>
        o.MaterialIds.Distinct().Select(id => new ObjectTerm { ObjectId = o.Id, OrganisationId = o.OrganisationId, Facet = TermFacet.Material, ValueId = id })
            .Concat(o.Makers.Select(m => m.AgentId).Distinct().Select(id => new ObjectTerm { ObjectId = o.Id, OrganisationId = o.OrganisationId, Facet = TermFacet.Maker, ValueId = id }))
            .Concat(o.TechniqueIds.Distinct().Select(id => new ObjectTerm { ObjectId = o.Id, OrganisationId = o.OrganisationId, Facet = TermFacet.Technique, ValueId = id }))
            .Concat(o.Subjects.Select(s => s.RecordId).Distinct().Select(id => new ObjectTerm { ObjectId = o.Id, OrganisationId = o.OrganisationId, Facet = TermFacet.Subject, ValueId = id }));

    public static async Task WriteAsync(DepotDbContext db, CollectionObject o, CancellationToken ct)
    {
        await db.ObjectTerms.Where(t => t.ObjectId == o.Id).ExecuteDeleteAsync(ct);
        if (o.IsDeleted)
        {
            await SearchIndexSql.RemoveAsync(db, o.Id, ct);
            return;
        }
        db.ObjectTerms.AddRange(Terms(o));
        var labels = await LabelsAsync(db, o, ct);
        await SearchIndexSql.UpsertAsync(db, o.Id, o.OrganisationId, Document(o, labels), ct);
    }

    /// <summary>The text the full-text index holds for an object: numbers, titles, description, names of its terms and makers.</summary>
    public static string Document(CollectionObject o, IReadOnlyCollection<string> labels)
    {
        var sb = new StringBuilder();
        sb.Append(o.ObjectNumber).Append(' ');
        foreach (var t in o.Titles) sb.Append(t.Text).Append(' ');
        sb.Append(o.ShortDescription).Append(' ');
        foreach (var i in o.Inscriptions) sb.Append(i.Text).Append(' ');
        foreach (var l in labels) sb.Append(l).Append(' ');
        return sb.ToString();
    }

    /// <summary>The authority records whose labels go into an object's document, each looked up by its own kind.</summary>
    public static LabelReferences References(CollectionObject o) => new(
        Concepts: [.. o.MaterialIds.Concat(o.TechniqueIds)
            .Concat(o.Subjects.Where(s => s.Kind is SubjectKind.MainMotif or SubjectKind.DepictedConcept).Select(s => s.RecordId))
            .Concat(o.ObjectNameId is long n ? [n] : []).Distinct().Order()],
        Agents: [.. o.Makers.Select(m => m.AgentId)
            .Concat(o.Subjects.Where(s => s.Kind == SubjectKind.DepictedAgent).Select(s => s.RecordId)).Distinct().Order()],
        Places: [.. o.Subjects.Where(s => s.Kind == SubjectKind.DepictedPlace).Select(s => s.RecordId).Distinct().Order()]);

    private static async Task<List<string>> LabelsAsync(DepotDbContext db, CollectionObject o, CancellationToken ct)
    {
        var refs = References(o);
        var concepts = refs.Concepts.Count == 0 ? []
            : await db.Concepts.Where(c => c.OrganisationId == o.OrganisationId && refs.Concepts.Contains(c.Id))
                .OrderBy(c => c.Id).Select(c => c.PrefLabelNl + " " + c.PrefLabelEn).ToListAsync(ct);
        var agents = refs.Agents.Count == 0 ? []
            : await db.Agents.Where(a => a.OrganisationId == o.OrganisationId && refs.Agents.Contains(a.Id))
                .OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(ct);
        var places = refs.Places.Count == 0 ? []
            : await db.Places.Where(p => p.OrganisationId == o.OrganisationId && refs.Places.Contains(p.Id))
                .OrderBy(p => p.Id).Select(p => p.Name).ToListAsync(ct);
        return [.. concepts, .. agents, .. places];
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

internal sealed record LabelReferences(IReadOnlyList<long> Concepts, IReadOnlyList<long> Agents, IReadOnlyList<long> Places);
