using Depot.Core;
using Depot.Core.Procedures;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

/// <summary>An object entry; <c>newObjectNumbers</c> registers objects that have no record yet (status entered).</summary>
public sealed record ObjectEntryInput(
    string? Number, long? DepositorId, EntryReason? Reason, DateOnly? EntryDate, DateOnly? ExpectedReturnDate,
    IReadOnlyList<long>? ObjectIds, IReadOnlyList<string>? NewObjectNumbers, string? Note, EntryStatus? Status, int? Version = null) : IRecordInput;

/// <summary>Objectinstroom: objects that came in, from whom, why.</summary>
public static class ObjectEntriesApi
{
    public static readonly RecordApi<ObjectEntry, ObjectEntryInput, ObjectEntry> Descriptor = new()
    {
        Path = "object-entries",
        Name = "ObjectEntry",
        PluralName = "ObjectEntries",
        Tag = "Procedures",
        Type = RecordType.ObjectEntry,
        ToRecord = (i, stored) => new ObjectEntry
        {
            Number = i.Number ?? stored?.Number ?? "",
            DepositorId = i.DepositorId,
            Reason = i.Reason ?? EntryReason.Other,
            EntryDate = i.EntryDate ?? default,
            ExpectedReturnDate = i.ExpectedReturnDate,
            ObjectIds = ProceduresModule.Ids(i.ObjectIds),
            NewObjectNumbers = [.. i.NewObjectNumbers ?? []],
            Note = i.Note ?? "",
            Status = i.Status ?? stored?.Status ?? EntryStatus.Open,
        },
        ToOutput = e => e,
    };
}
