using Depot.Core;
using Depot.Core.Procedures;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

public sealed record LoanInput(
    string? Number, LoanDirection? Direction, long? PartnerId, DateOnly? StartDate, DateOnly? EndDate, IReadOnlyList<long>? ObjectIds,
    IReadOnlyList<InsuranceValue>? InsuranceValues, Money? InsuranceTotal, string? Conditions, string? Note, int? Version = null) : IRecordInput;

public sealed record LoanOutput(
    long Id, int Version, string Number, LoanDirection Direction, long? PartnerId, DateOnly StartDate, DateOnly EndDate,
    IReadOnlyList<long> ObjectIds, IReadOnlyList<InsuranceValue> InsuranceValues, Money? InsuranceTotal, Money? InsuredValue,
    string Conditions, string Note, LoanStatus Status, DateOnly? ReturnDate, bool Overdue,
    bool IsDeleted, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>Bruiklenen in and out. The status moves only through <c>…/status</c>; a change of the fields keeps it.</summary>
public static class LoansApi
{
    public static readonly RecordApi<Loan, LoanInput, LoanOutput> Descriptor = new()
    {
        Path = "loans",
        Name = "Loan",
        PluralName = "Loans",
        Tag = "Procedures",
        Type = RecordType.Loan,
        ToRecord = (i, stored) => new Loan
        {
            Number = i.Number ?? stored?.Number ?? "",
            Direction = i.Direction ?? stored?.Direction ?? LoanDirection.Out,
            PartnerId = i.PartnerId,
            StartDate = i.StartDate ?? default,
            EndDate = i.EndDate ?? default,
            ObjectIds = ProceduresModule.Ids(i.ObjectIds),
            InsuranceValues = [.. i.InsuranceValues ?? []],
            InsuranceTotal = i.InsuranceTotal,
            Conditions = i.Conditions ?? "",
            Note = i.Note ?? "",
            Status = stored?.Status ?? LoanStatus.Requested,
            ReturnDate = stored?.ReturnDate,
        },
        ToOutput = l => new LoanOutput(
            l.Id, l.Version, l.Number, l.Direction, l.PartnerId, l.StartDate, l.EndDate, l.ObjectIds, l.InsuranceValues, l.InsuranceTotal,
            l.InsuredValue, l.Conditions, l.Note, l.Status, l.ReturnDate, LoanRules.IsOverdue(l, DateOnly.FromDateTime(DateTime.UtcNow)),
            l.IsDeleted, l.CreatedAt, l.UpdatedAt, l.UpdatedBy),
    };

    /// <summary>Returning records the return date (today unless given).</summary>
    public static void Move(Loan loan, LoanStatus status, DateOnly? date)
    {
        loan.Status = status;
        if (status == LoanStatus.Returned) loan.ReturnDate = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
    }
}
