using Depot.Core;
using Depot.Web.Api.Access;

namespace Depot.Web.Api.Records;

/// <summary>A request body for a versioned record: the fields, plus the version it was based on when changing one.</summary>
public interface IRecordInput
{
    /// <summary>The version being changed, for clients that cannot send If-Match.</summary>
    int? Version { get; }
}

/// <summary>
/// Describes one versioned record type to the shared record endpoints (read, create, change,
/// delete, undelete, history, restore): its route segment, its names in the OpenAPI document and
/// its hand-written mapping between JSON and the domain.
/// </summary>
public sealed class RecordApi<TRecord, TInput, TOutput>
    where TRecord : class, IVersionedRecord
    where TInput : IRecordInput
{
    /// <summary>Route segment under the organisation, e.g. <c>agents</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Singular name for operation ids, e.g. <c>Agent</c> gives <c>GetAgent</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The plural used in operation ids and summaries, e.g. <c>Agents</c>.</summary>
    public required string PluralName { get; init; }

    public required string Tag { get; init; }

    /// <summary>The record type's name in the history.</summary>
    public required RecordType Type { get; init; }

    /// <summary>Builds the record from a body; the stored record (null on create) supplies what clients may not set.</summary>
    public required Func<TInput, TRecord?, TRecord> ToRecord { get; init; }

    public required Func<TRecord, TOutput> ToOutput { get; init; }

    /// <summary>200 with the record and its ETag.</summary>
    public IResult Ok(HttpContext http, TRecord record)
    {
        Preconditions.SetETag(http, record.Version);
        return TypedResults.Ok(ToOutput(record));
    }

    public string Location(OrganisationScope scope, long id) => $"/api/v1/organisations/{scope.Slug}/{Path}/{id}";
}
