using Depot.Core.Validation;

namespace Depot.Core.Procedures;

/// <summary>The rules of a loan that need nothing but the loan (the store adds: objects exist, not already on loan).</summary>
public static class LoanRules
{
    public static readonly StatusFlow<LoanStatus> Flow = new(new Dictionary<LoanStatus, LoanStatus[]>
    {
        [LoanStatus.Requested] = [LoanStatus.Agreed, LoanStatus.Cancelled],
        [LoanStatus.Agreed] = [LoanStatus.OnLoan, LoanStatus.Cancelled],
        [LoanStatus.OnLoan] = [LoanStatus.Returned],
    });

    /// <summary>Agreed or on loan: the objects are committed to this loan and to no other.</summary>
    public static bool IsActive(LoanStatus status) => status is LoanStatus.Agreed or LoanStatus.OnLoan;

    /// <summary>The end date has passed and the objects are not back.</summary>
    public static bool IsOverdue(Loan loan, DateOnly today) => loan.Status == LoanStatus.OnLoan && loan.EndDate < today;

    public static List<FieldError> Validate(Loan loan, LoanStatus? previous)
    {
        var errors = new List<FieldError>();
        if (previous is LoanStatus from) errors.AddRange(Flow.Check(from, loan.Status));
        if (loan.PartnerId is null)
            errors.Add(new FieldError("partner", "loan.partner",
                loan.Direction == LoanDirection.Out ? "Kies de ontlener." : "Kies de uitlener.",
                loan.Direction == LoanDirection.Out ? "Choose the borrower." : "Choose the lender."));
        if (loan.StartDate == default)
            errors.Add(new FieldError("startDate", "loan.start", "Vul de begindatum in.", "Enter the start date."));
        if (loan.EndDate == default)
            errors.Add(new FieldError("endDate", "loan.end", "Vul de einddatum in.", "Enter the end date."));
        else if (loan.EndDate < loan.StartDate)
            errors.Add(new FieldError("endDate", "loan.endBeforeStart",
                "De einddatum ligt vóór de begindatum.", "The end date is before the start date."));
        if (loan.ObjectIds.Count == 0)
            errors.Add(ProcedureRules.NoObjects);
        if (loan.Status == LoanStatus.Returned && loan.ReturnDate is null)
            errors.Add(new FieldError("returnDate", "loan.returnDate", "Vul de datum van terugkeer in.", "Enter the return date."));
        if (loan.ReturnDate is DateOnly back && back < loan.StartDate)
            errors.Add(new FieldError("returnDate", "loan.returnBeforeStart",
                "De datum van terugkeer ligt vóór de begindatum.", "The return date is before the start date."));
        if (loan.ReturnDate is not null && loan.Status != LoanStatus.Returned)
            errors.Add(new FieldError("returnDate", "loan.returnDateEarly",
                "Een datum van terugkeer hoort pas bij een teruggekeerde bruikleen.", "A return date belongs to a returned loan only."));
        foreach (var v in loan.InsuranceValues)
        {
            if (v.Amount < 0)
                errors.Add(new FieldError("insurance", "insurance.negative", "Een verzekeringswaarde is niet negatief.", "An insurance value cannot be negative."));
            if (!loan.ObjectIds.Contains(v.ObjectId))
                errors.Add(new FieldError("insurance", "insurance.object",
                    "Een verzekeringswaarde hoort bij een object van deze bruikleen.", "An insurance value belongs to an object of this loan."));
        }
        if (loan.InsuranceTotal is { Amount: < 0 })
            errors.Add(new FieldError("insuranceTotal", "insurance.negative", "Een verzekeringswaarde is niet negatief.", "An insurance value cannot be negative."));
        return errors;
    }

    /// <summary>The error when an object is already committed to another active loan.</summary>
    public static FieldError AlreadyOnLoan(string objectNumber, string loanNumber) => new("objects", "loan.objectOnLoan",
        $"Object {objectNumber} is al in bruikleen ({loanNumber}); het kan pas opnieuw uitgeleend worden als het terug is.",
        $"Object {objectNumber} is already on loan ({loanNumber}); it can be lent again once it has returned.");

    /// <summary>The error when another loan of the same object was saved at the same moment.</summary>
    public static readonly FieldError OnLoanMeanwhile = new("objects", "loan.objectOnLoan",
        "Een van de objecten is intussen in een andere bruikleen opgenomen. Kijk de objecten na en probeer opnieuw.",
        "One of the objects has just been put on another loan. Check the objects and try again.");
}
