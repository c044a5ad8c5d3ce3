using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Search;

namespace Depot.Storage.Bulk;

/// <summary>
/// An object with every column value a normal save derives from it, computed off the writer's
/// thread. Only what depends on the id (the facet rows' object id and the version snapshot) is
/// finished by the writer once the id is known.
/// </summary>
internal sealed class PreparedObject
{
    private PreparedObject(CollectionObject o) => Object = o;

    public CollectionObject Object { get; }
    public string Titles { get; private init; } = "";
    public string Makers { get; private init; } = "";
    public string? Dating { get; private init; }
    public string MaterialIds { get; private init; } = "";
    public string TechniqueIds { get; private init; } = "";
    public string Dimensions { get; private init; } = "";
    public string? Acquisition { get; private init; }
    public string Subjects { get; private init; } = "";
    public string Inscriptions { get; private init; } = "";
    public string Rights { get; private init; } = "";
    public string SourceFields { get; private init; } = "[]";
    public string SortKey { get; private init; } = "";
    public string Title { get; private init; } = "";
    public int? DatingEarliest { get; private init; }
    public int? DatingLatest { get; private init; }
    public int? Century { get; private init; }
    public string Document { get; private init; } = "";

    /// <summary>The facet rows as a normal save writes them, without the object id yet.</summary>
    public (TermFacet Facet, long ValueId)[] Terms { get; private init; } = [];

    public static PreparedObject From(CollectionObject o, long organisationId, IndexLabels labels)
    {
        o.OrganisationId = organisationId;
        o.Version = 1;
        o.IsDeleted = false;
        var title = o.PreferredTitle;
        return new PreparedObject(o)
        {
            Titles = DepotJson.Serialize(o.Titles),
            Makers = DepotJson.Serialize(o.Makers),
            Dating = o.Dating is null ? null : DepotJson.Serialize(o.Dating),
            MaterialIds = DepotJson.Serialize(o.MaterialIds),
            TechniqueIds = DepotJson.Serialize(o.TechniqueIds),
            Dimensions = DepotJson.Serialize(o.Dimensions),
            Acquisition = o.Acquisition is null ? null : DepotJson.Serialize(o.Acquisition),
            Subjects = DepotJson.Serialize(o.Subjects),
            Inscriptions = DepotJson.Serialize(o.Inscriptions),
            Rights = DepotJson.Serialize(o.Rights),
            SourceFields = DepotJson.Serialize(o.SourceFields),
            // The same derived values ObjectIndexing.SetSortColumns gives a normal save.
            SortKey = ObjectNumber.SortKey(o.ObjectNumber),
            Title = title.Length <= 500 ? title : title[..500],
            DatingEarliest = o.Dating?.Earliest ?? o.Dating?.Latest,
            DatingLatest = o.Dating?.Latest ?? o.Dating?.Earliest,
            Century = o.Dating?.Century,
            Document = ObjectIndexing.Document(o, labels.For(o)),
            Terms = [.. ObjectIndexing.Terms(o).Select(t => (t.Facet, t.ValueId))],
        };
    }

    /// <summary>Gives the object its id and timestamps; returns the version-1 snapshot.</summary>
    public string Finish(long id, DateTimeOffset now, string actor)
    {
        Object.Id = id;
        Object.CreatedAt = now;
        Object.UpdatedAt = now;
        Object.UpdatedBy = actor;
        return DepotJson.Serialize(Object);
    }
}
