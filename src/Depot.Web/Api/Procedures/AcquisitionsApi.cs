using Depot.Core;
using Depot.Core.Procedures;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

public sealed record AcquisitionInput(
    string? Number, long? MethodId, long? SourceId, DateOnly? Date, Money? Price, string? Funding, string? TitleTransferReference,
    IReadOnlyList<long>? EntryIds, IReadOnlyList<long>? ObjectIds, string? Note, AcquisitionStatus? Status, int? Version = null) : IRecordInput;

/// <summary>Verwerving: completing one makes its objects collection objects.</summary>
public static class AcquisitionsApi
{
    public static readonly RecordApi<ObjectAcquisition, AcquisitionInput, ObjectAcquisition> Descriptor = new()
    {
        Path = "acquisitions",
        Name = "Acquisition",
        PluralName = "Acquisitions",
        Tag = "Procedures",
        Type = RecordType.Acquisition,
        ToRecord = (i, stored) => new ObjectAcquisition
        {
            Number = i.Number ?? stored?.Number ?? "",
            MethodId = i.MethodId,
            SourceId = i.SourceId,
            Date = i.Date,
            Price = i.Price is { } p ? p with { Currency = string.IsNullOrWhiteSpace(p.Currency) ? "EUR" : p.Currency.Trim().ToUpperInvariant() } : null,
            Funding = i.Funding ?? "",
            TitleTransferReference = i.TitleTransferReference ?? "",
            EntryIds = ProceduresModule.Ids(i.EntryIds),
            ObjectIds = ProceduresModule.Ids(i.ObjectIds),
            Note = i.Note ?? "",
            Status = i.Status ?? stored?.Status ?? AcquisitionStatus.Proposed,
        },
        ToOutput = a => a,
    };
}
