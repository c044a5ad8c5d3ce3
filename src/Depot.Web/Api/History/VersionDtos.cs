using Depot.Core.History;

namespace Depot.Web.Api.History;

/// <summary>One entry of a record's history: who changed what, when.</summary>
public sealed record VersionSummary(int Version, ChangeKind Change, string ChangedBy, DateTimeOffset ChangedAt, string Note, IReadOnlyList<string> ChangedFields)
{
    public static VersionSummary From(RecordVersion v) => new(v.Version, v.Change, v.ChangedBy, v.ChangedAt, v.Note, v.ChangedFields);
}

/// <summary>A record as it was at one version.</summary>
public sealed record VersionSnapshot<T>(VersionSummary Version, T Record);
