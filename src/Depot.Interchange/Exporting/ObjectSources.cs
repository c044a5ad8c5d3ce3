using System.Runtime.CompilerServices;
using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Exporting;

/// <summary>
/// An organisation's stored objects as <see cref="SourceRecord"/>s, streamed: the ids come a page
/// at a time by keyset (<see cref="ObjectIdPages"/>), and each page's objects and the concepts,
/// agents, places and locations they refer to are read in one batched query per kind, never one
/// query per object. Memory holds one page, whatever the size of the collection.
/// </summary>
public sealed class ObjectSources(DepotDatabase database, ObjectIdPages pages)
{
    public const int PageSize = 500;

    public Task<long> CountAsync(long organisationId, ObjectScope scope, CancellationToken ct) =>
        pages.CountAsync(organisationId, scope, ct);

    /// <summary>The organisation's name, as exports name their source (LIDO's recordSource).</summary>
    public async Task<string> OrganisationNameAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "";
    }

    public async IAsyncEnumerable<SourceRecord> ReadAsync(long organisationId, ObjectScope scope, [EnumeratorCancellation] CancellationToken ct)
    {
        ObjectIdCursor? after = null;
        long position = 0;
        do
        {
            var (ids, next) = await pages.PageAsync(organisationId, scope, after, PageSize, ct);
            after = next;
            if (ids.Count == 0) yield break;
            var (objects, lookups) = await LoadAsync(organisationId, ids, ct);
            foreach (var id in ids)
                if (objects.TryGetValue(id, out var o))
                    yield return ObjectSourceMapping.ToSource(o, ++position, lookups);
        }
        while (after is not null);
    }

    private async Task<(Dictionary<long, CollectionObject>, ExportLookups)> LoadAsync(long organisationId, IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var list = ids.ToList();
        var objects = await db.Objects.AsNoTracking()
            .Where(o => o.OrganisationId == organisationId && !o.IsDeleted && list.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        var refs = References.Of(objects.Values);
        var concepts = refs.Concepts.ToList();
        var agents = refs.Agents.ToList();
        var places = refs.Places.ToList();
        var locations = refs.Locations.ToList();
        // Every lookup names the organisation too: a stray id of another organisation resolves to nothing.
        var lookups = new ExportLookups(
            concepts.Count == 0 ? [] : await db.Concepts.AsNoTracking().Where(c => c.OrganisationId == organisationId && concepts.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct),
            agents.Count == 0 ? [] : await db.Agents.AsNoTracking().Where(a => a.OrganisationId == organisationId && agents.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct),
            places.Count == 0 ? [] : await db.Places.AsNoTracking().Where(p => p.OrganisationId == organisationId && places.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct),
            locations.Count == 0 ? [] : await db.Locations.AsNoTracking().Where(l => l.OrganisationId == organisationId && locations.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct));
        return (objects, lookups);
    }

    /// <summary>The ids a page of objects refers to, by kind.</summary>
    private sealed class References
    {
        public HashSet<long> Concepts { get; } = [];
        public HashSet<long> Agents { get; } = [];
        public HashSet<long> Places { get; } = [];
        public HashSet<long> Locations { get; } = [];

        public static References Of(IEnumerable<CollectionObject> objects)
        {
            var r = new References();
            foreach (var o in objects)
            {
                if (o.ObjectNameId is long name) r.Concepts.Add(name);
                if (o.ConditionId is long condition) r.Concepts.Add(condition);
                r.Concepts.UnionWith(o.MaterialIds);
                r.Concepts.UnionWith(o.TechniqueIds);
                r.Agents.UnionWith(o.Makers.Select(m => m.AgentId));
                if (o.Acquisition?.MethodId is long method) r.Concepts.Add(method);
                if (o.Acquisition?.SourceAgentId is long source) r.Agents.Add(source);
                if (o.CurrentLocationId is long location) r.Locations.Add(location);
                foreach (var s in o.Subjects)
                    (s.Kind switch { SubjectKind.DepictedAgent => r.Agents, SubjectKind.DepictedPlace => r.Places, _ => r.Concepts }).Add(s.RecordId);
            }
            return r;
        }
    }
}

/// <summary>The authority records one page of objects refers to, by id.</summary>
internal sealed record ExportLookups(
    IReadOnlyDictionary<long, Concept> Concepts,
    IReadOnlyDictionary<long, Agent> Agents,
    IReadOnlyDictionary<long, Place> Places,
    IReadOnlyDictionary<long, Location> Locations);
