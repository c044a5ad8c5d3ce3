using Depot.Core.Registration.Batch;
using Depot.Storage.Batch;
using Depot.Storage.Sets;
using Depot.Web.Api.Objects;

namespace Depot.Web.Api.Sets;

public sealed record SetInput(string? Name, string? Description);

public sealed record SetOutput(long Id, string Name, string Description, string Kind, string OwnerName, long Count, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SetOutput From(ObjectSet s, long count) =>
        new(s.Id, s.Name, s.Description, s.Kind == ObjectSetKind.Werkset ? "werkset" : "selection", s.OwnerName, count, s.CreatedAt, s.UpdatedAt);
}

public sealed record SetListItem(long Id, string Name, string Description, string OwnerName, long Count, DateTimeOffset UpdatedAt);

/// <summary>Objects to add to or remove from a set: by id, and (to add) every match of a search, given as the object list's query.</summary>
public sealed record SetObjectsInput(long[]? ObjectIds, ObjectListQuery? Query);

public sealed record SetObjectsResult(long Changed, long Count);

public sealed record SetMemberOutput(long Id, string ObjectNumber, string Title, DateTimeOffset UpdatedAt);

public sealed record SetMembersOutput(IReadOnlyList<SetMemberOutput> Items, long Total, int Skip, int Take);

public sealed record BatchEditInput(long SetId, BatchField? Field, BatchOperation? Operation, string? Value);

public sealed record BatchEditOutput(
    long Id, string State, BatchField Field, BatchOperation Operation, string Value, string ValueLabel, string Source, string UserName,
    long Total, long Changed, long Unchanged, long Skipped, long Undone, long UndoSkipped,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, DateTimeOffset? UndoneAt)
{
    public static BatchEditOutput From(BatchEdit b) => new(
        b.Id, b.State.ToString().ToLowerInvariant(), b.Field, b.Operation, b.Value, b.ValueLabel, b.Source, b.UserName,
        b.Total, b.Changed, b.Unchanged, b.Skipped, b.Undone, b.UndoSkipped, b.CreatedAt, b.FinishedAt, b.UndoneAt);
}

/// <summary>The body of an undo request: a JSON body (even <c>{}</c>) so that no HTML form can post it across sites.</summary>
public sealed record BatchUndoInput(string? Reason);
