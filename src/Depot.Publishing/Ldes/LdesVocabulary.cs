namespace Depot.Publishing.Ldes;

/// <summary>The vocabularies of an event stream: LDES, TREE, PROV-O, Dublin Core terms and Activity Streams (tombstones).</summary>
internal static class LdesVocabulary
{
    public const string Ldes = "https://w3id.org/ldes#";
    public const string Tree = "https://w3id.org/tree#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Dcterms = "http://purl.org/dc/terms/";
    public const string As = "https://www.w3.org/ns/activitystreams#";

    public const string EventStream = Ldes + "EventStream";
    public const string TimestampPath = Ldes + "timestampPath";
    public const string VersionOfPath = Ldes + "versionOfPath";
    public const string RetentionPolicy = Ldes + "retentionPolicy";
    public const string DurationAgoPolicy = Ldes + "DurationAgoPolicy";

    public const string Node = Tree + "Node";
    public const string View = Tree + "view";
    public const string ViewDescription = Tree + "viewDescription";
    public const string ViewDescriptionClass = Tree + "ViewDescription";
    public const string Member = Tree + "member";
    public const string Relation = Tree + "relation";
    public const string GreaterThanOrEqualToRelation = Tree + "GreaterThanOrEqualToRelation";
    public const string RelationNode = Tree + "node";
    public const string RelationPath = Tree + "path";
    public const string RelationValue = Tree + "value";
    public const string PageSize = Tree + "pageSize";

    public const string GeneratedAtTime = Prov + "generatedAtTime";
    public const string IsVersionOf = Dcterms + "isVersionOf";
    public const string IsPartOf = Dcterms + "isPartOf";
    public const string Title = Dcterms + "title";

    public const string Tombstone = As + "Tombstone";
    public const string FormerType = As + "formerType";
    public const string Deleted = As + "deleted";

    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["ldes"] = Ldes,
        ["tree"] = Tree,
        ["prov"] = Prov,
        ["dcterms"] = Dcterms,
        ["as"] = As,
    };
}
