using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Loans;

public sealed class DetailsModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureDetailsModel<Loan>(database, queries, records, text)
{
    public IReadOnlyDictionary<long, string> InsuranceByObject =>
        Record.InsuranceValues.GroupBy(v => v.ObjectId).ToDictionary(g => g.Key, g => Amount(new Money(g.First().Amount, g.First().Currency)));

    protected override bool Move(Loan loan, string status, DateOnly? happenedOn)
    {
        if (!Enum.TryParse<LoanStatus>(status, out var to)) return false;
        loan.Status = to;
        if (to == LoanStatus.Returned) loan.ReturnDate = happenedOn ?? Today;
        return true;
    }
}
