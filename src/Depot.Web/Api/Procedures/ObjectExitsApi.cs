using Depot.Core;
using Depot.Core.Procedures;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

public sealed record ObjectExitInput(
    string? Number, ExitReason? Reason, DateOnly? ExitDate, string? AuthorisedBy, DateOnly? AuthorisationDate, string? AuthorisationReference,
    long? RecipientId, string? Destination, IReadOnlyList<long>? ObjectIds, string? Note, int? Version = null) : IRecordInput;

/// <summary>Objectuitstroom and afstoting: completing one marks its objects as exited; the records stay.</summary>
public static class ObjectExitsApi
{
    public static readonly RecordApi<ObjectExit, ObjectExitInput, ObjectExit> Descriptor = new()
    {
        Path = "object-exits",
        Name = "ObjectExit",
        PluralName = "ObjectExits",
        Tag = "Procedures",
        Type = RecordType.ObjectExit,
        ToRecord = (i, stored) => new ObjectExit
        {
            Number = i.Number ?? stored?.Number ?? "",
            Reason = i.Reason ?? ExitReason.Other,
            ExitDate = i.ExitDate,
            AuthorisedBy = i.AuthorisedBy?.Trim() ?? "",
            AuthorisationDate = i.AuthorisationDate,
            AuthorisationReference = i.AuthorisationReference?.Trim() ?? "",
            RecipientId = i.RecipientId,
            Destination = i.Destination ?? "",
            ObjectIds = ProceduresModule.Ids(i.ObjectIds),
            Note = i.Note ?? "",
            Status = stored?.Status ?? ExitStatus.Planned,
        },
        ToOutput = x => x,
    };
}
