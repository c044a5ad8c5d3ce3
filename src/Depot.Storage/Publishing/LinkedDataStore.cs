using System.Globalization;
using System.Runtime.CompilerServices;
using Depot.Core;
using Depot.Core.Publishing;
using Depot.Storage.Database;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Publishing;

/// <summary>
/// Reads the public feed for persistent URIs and the N-Triples dump: an agent, place, concept or
/// organisation is public only while a public object uses it, and is then read from that object's
/// public shape — never from the authority record, so internal notes cannot leak.
/// </summary>
public sealed class LinkedDataStore(DepotDatabase database)
{
    /// <summary>An agent as published by a public object that names it (maker or depicted).</summary>
    public Task<PublicLookup<PublicAgent>> FindAgentAsync(long agentId, CancellationToken ct) =>
        FindAsync(agentId, [TermFacet.Maker, TermFacet.Subject], false,
            o => o.Makers.Select(m => m.Agent).Concat(o.Subjects.Select(s => s.Agent)).FirstOrDefault(a => a?.Id == agentId),
            $"%\"agent\":{{\"id\":{Key(agentId)},%", ct);

    public Task<PublicLookup<PublicPlace>> FindPlaceAsync(long placeId, CancellationToken ct) =>
        FindAsync(placeId, [TermFacet.Subject], false,
            o => o.Subjects.Select(s => s.Place).FirstOrDefault(p => p?.Id == placeId),
            $"%\"place\":{{\"id\":{Key(placeId)},%", ct);

    public Task<PublicLookup<PublicTerm>> FindConceptAsync(long conceptId, CancellationToken ct) =>
        FindAsync(conceptId, [TermFacet.Material, TermFacet.Technique, TermFacet.Subject], true,
            o => o.Materials.Concat(o.Techniques).Append(o.ObjectName).Concat(o.Subjects.Select(s => s.Concept)).FirstOrDefault(c => c?.Id == conceptId),
            $"%{{\"id\":{Key(conceptId)},\"labelNl\":%", ct);

    /// <summary>An organisation as published with its public objects; gone when it has published but has nothing public now.</summary>
    public async Task<PublicLookup<PublicOrganisation>> FindOrganisationAsync(string slug, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var id = await db.Organisations.Where(o => o.Slug == slug).Select(o => (long?)o.Id).SingleOrDefaultAsync(ct);
        if (id is null) return PublicLookup<PublicOrganisation>.Unknown;
        var snapshot = await db.PublishedRecords.Where(r => r.OrganisationId == id && r.RecordType == RecordType.Object && r.IsPublic)
            .Join(db.PublicationEvents, r => r.LastEventSequence, e => e.Sequence, (r, e) => e.Snapshot)
            .FirstOrDefaultAsync(ct);
        if (snapshot is not null) return new(PublicAvailability.Public, DepotJson.Deserialize<PublicObject>(snapshot).Organisation);
        return await db.PublishedRecords.AnyAsync(r => r.OrganisationId == id, ct)
            ? PublicLookup<PublicOrganisation>.Gone : PublicLookup<PublicOrganisation>.Unknown;
    }

    /// <summary>Every currently public object, in id order, streamed (the N-Triples dump).</summary>
    public async IAsyncEnumerable<PublicObject> PublicObjectsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var snapshots = db.PublishedRecords.Where(r => r.RecordType == RecordType.Object && r.IsPublic)
            .Join(db.PublicationEvents, r => r.LastEventSequence, e => e.Sequence, (r, e) => new { r.RecordId, e.Snapshot })
            .OrderBy(x => x.RecordId).Select(x => x.Snapshot).AsAsyncEnumerable();
        await foreach (var snapshot in snapshots.WithCancellation(ct))
            yield return DepotJson.Deserialize<PublicObject>(snapshot);
    }

    private async Task<PublicLookup<T>> FindAsync<T>(long id, TermFacet[] facets, bool objectName, Func<PublicObject, T?> pick,
        string everPattern, CancellationToken ct) where T : class
    {
        await using var db = database.CreateContext();
        var users = db.ObjectTerms.Where(t => t.ValueId == id && facets.Contains(t.Facet)).Select(t => t.ObjectId);
        if (objectName) users = users.Union(db.Objects.Where(o => o.ObjectNameId == id).Select(o => o.Id));
        // Ids of agents, places and concepts may coincide, so each candidate's public shape is checked.
        var snapshots = db.PublishedRecords.Where(r => r.RecordType == RecordType.Object && r.IsPublic && users.Contains(r.RecordId))
            .Join(db.PublicationEvents, r => r.LastEventSequence, e => e.Sequence, (r, e) => e.Snapshot)
            .AsAsyncEnumerable();
        await foreach (var snapshot in snapshots.WithCancellation(ct))
            if (pick(DepotJson.Deserialize<PublicObject>(snapshot)) is { } found)
                return new(PublicAvailability.Public, found);
        // Was it ever in a public shape? Then it answers 410 Gone rather than 404.
        var ever = await db.PublicationEvents.AnyAsync(e => e.RecordType == RecordType.Object && EF.Functions.Like(e.Snapshot, everPattern), ct);
        return ever ? PublicLookup<T>.Gone : PublicLookup<T>.Unknown;
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}

public enum PublicAvailability
{
    /// <summary>Never public (or no such record): 404.</summary>
    Unknown,
    Public,

    /// <summary>Was public, is not now (withdrawn, deleted, no longer used by a public object): 410.</summary>
    Gone,
}

public sealed record PublicLookup<T>(PublicAvailability Availability, T? Value) where T : class
{
    public static readonly PublicLookup<T> Unknown = new(PublicAvailability.Unknown, null);
    public static readonly PublicLookup<T> Gone = new(PublicAvailability.Gone, null);
}
