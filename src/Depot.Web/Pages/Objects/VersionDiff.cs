using Depot.Core.History;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;

namespace Depot.Web.Pages.Objects;

/// <summary>One changed field of a version: its name and the values before and after, as a person reads them.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>A version of an object and what it changed against the version before it.</summary>
public sealed record VersionDiff(RecordVersion Version, IReadOnlyList<FieldChange> Changes)
{
    /// <summary>
    /// Compares each version's snapshot with the one before it. The labels of every term, agent,
    /// place and location any version names are loaded once, so an old value shows by name too.
    /// </summary>
    public static async Task<IReadOnlyList<VersionDiff>> ForAsync(IReadOnlyList<RecordVersion> newestFirst, ObjectLookups lookups,
        long organisationId, Localisation.UiText text, CancellationToken ct)
    {
        var snapshots = newestFirst.ToDictionary(v => v.Version, v => DepotJson.Deserialize<CollectionObject>(v.Snapshot));
        var labels = await lookups.LoadAsync(organisationId, ObjectReferences.Of(snapshots.Values), text.Code, ct);
        var fields = new ObjectFieldText(labels, text);
        return newestFirst.Select(v =>
        {
            if (!snapshots.TryGetValue(v.Version - 1, out var before)) return new VersionDiff(v, []);
            var after = snapshots[v.Version];
            var changed = v.ChangedFields.OrderBy(f => ObjectFieldText.Position(f));
            return new VersionDiff(v, changed
                .Select(f => new FieldChange(f, fields.Joined(f, before), fields.Joined(f, after)))
                .Where(c => c.Before != c.After || !ObjectFieldText.Order.Contains(c.Field))
                .ToList());
        }).ToList();
    }
}
