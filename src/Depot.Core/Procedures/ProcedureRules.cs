using Depot.Core.Validation;

namespace Depot.Core.Procedures;

/// <summary>The rules of object entries, acquisitions, condition checks and exits that need nothing but the record.</summary>
public static class ProcedureRules
{
    public static readonly StatusFlow<EntryStatus> EntryFlow = new(new Dictionary<EntryStatus, EntryStatus[]>
    {
        [EntryStatus.Open] = [EntryStatus.Closed],
        [EntryStatus.Closed] = [EntryStatus.Open],
    });

    public static readonly StatusFlow<AcquisitionStatus> AcquisitionFlow = new(new Dictionary<AcquisitionStatus, AcquisitionStatus[]>
    {
        [AcquisitionStatus.Proposed] = [AcquisitionStatus.Completed, AcquisitionStatus.Cancelled],
    });

    public static readonly StatusFlow<ExitStatus> ExitFlow = new(new Dictionary<ExitStatus, ExitStatus[]>
    {
        [ExitStatus.Planned] = [ExitStatus.Completed, ExitStatus.Cancelled],
    });

    public static readonly FieldError NoObjects = new("objects", "objects.required",
        "Geef minstens één object op.", "Give at least one object.");

    /// <summary>The error when an object to be exited is still committed to a loan (agreed or on loan).</summary>
    public static FieldError OnLoanCannotExit(string objectNumber, string loanNumber) => new("objects", "exit.objectOnLoan",
        $"Object {objectNumber} is in bruikleen ({loanNumber}); rond eerst de bruikleen af of annuleer ze voor het object de collectie verlaat.",
        $"Object {objectNumber} is on loan ({loanNumber}); return or cancel the loan before the object leaves the collection.");

    /// <summary>
    /// Whether a procedure may be deleted. One whose effects on its objects stand (a completed
    /// acquisition or exit, objects out on loan) is not: deleting it would leave those effects
    /// without their reason. Cancel or finish it instead.
    /// </summary>
    public static bool CanDelete(IProcedure record) => record switch
    {
        ObjectAcquisition a => a.Status != AcquisitionStatus.Completed,
        ObjectExit x => x.Status != ExitStatus.Completed,
        Loan l => l.Status != LoanStatus.OnLoan,
        _ => true,
    };

    public static readonly FieldError CannotDelete = new("", "procedure.cannotDelete",
        "Deze procedure heeft haar objecten al veranderd en kan niet verwijderd worden.",
        "This procedure has already changed its objects and cannot be deleted.");

    public static List<FieldError> Validate(ObjectEntry e, EntryStatus? previous)
    {
        var errors = previous is EntryStatus from ? EntryFlow.Check(from, e.Status).ToList() : [];
        if (e.DepositorId is null)
            errors.Add(new FieldError("depositor", "entry.depositor", "Kies de inbrenger.", "Choose the depositor."));
        if (e.EntryDate == default)
            errors.Add(new FieldError("entryDate", "entry.date", "Vul de datum van binnenkomst in.", "Enter the entry date."));
        if (e.ExpectedReturnDate is DateOnly back && back < e.EntryDate)
            errors.Add(new FieldError("expectedReturnDate", "entry.returnBeforeEntry",
                "De verwachte terugkeerdatum ligt vóór de binnenkomst.", "The expected return date is before the entry date."));
        if (e.ObjectIds.Count == 0 && e.NewObjectNumbers.Count == 0) errors.Add(NoObjects);
        return errors;
    }

    public static List<FieldError> Validate(ObjectAcquisition a, AcquisitionStatus? previous)
    {
        var errors = previous is AcquisitionStatus from ? AcquisitionFlow.Check(from, a.Status).ToList() : [];
        if (a.ObjectIds.Count == 0 && a.EntryIds.Count == 0) errors.Add(NoObjects);
        if (a.Price is { Amount: < 0 })
            errors.Add(new FieldError("price", "price.negative", "Een prijs is niet negatief.", "A price cannot be negative."));
        if (a.Status == AcquisitionStatus.Completed)
        {
            if (a.Date is null)
                errors.Add(new FieldError("date", "acquisition.date", "Vul de verwervingsdatum in om de verwerving af te ronden.",
                    "Enter the acquisition date to complete the acquisition."));
            if (a.MethodId is null)
                errors.Add(new FieldError("method", "acquisition.method", "Kies de verwervingsmethode om de verwerving af te ronden.",
                    "Choose the acquisition method to complete the acquisition."));
        }
        return errors;
    }

    public static List<FieldError> Validate(ConditionCheck c, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (c.Date == default)
            errors.Add(new FieldError("date", "check.date", "Vul de datum van de controle in.", "Enter the date of the check."));
        else if (c.Date > today.AddDays(1))
            errors.Add(new FieldError("date", "check.future", "Een toestandscontrole ligt niet in de toekomst.", "A condition check cannot be in the future."));
        if (c.CheckerId is null && string.IsNullOrWhiteSpace(c.CheckerName))
            errors.Add(new FieldError("checker", "check.checker", "Geef aan wie de controle deed.", "Say who did the check."));
        if (c.ConditionId is null)
            errors.Add(new FieldError("condition", "check.condition", "Kies de toestand.", "Choose the condition."));
        if (c.ObjectIds.Count == 0) errors.Add(NoObjects);
        return errors;
    }

    public static List<FieldError> Validate(ObjectExit x, ExitStatus? previous)
    {
        var errors = previous is ExitStatus from ? ExitFlow.Check(from, x.Status).ToList() : [];
        if (x.ObjectIds.Count == 0) errors.Add(NoObjects);
        if (x.Status == ExitStatus.Completed && x.ExitDate is null)
            errors.Add(new FieldError("exitDate", "exit.date", "Vul de datum van uitstroom in om af te ronden.", "Enter the exit date to complete the exit."));
        // Afstoting is a decision of the governing body: no deaccession without its authorisation.
        if (x.Status == ExitStatus.Completed && x.Reason == ExitReason.Deaccession &&
            (string.IsNullOrWhiteSpace(x.AuthorisedBy) || x.AuthorisationDate is null))
            errors.Add(new FieldError("authorisedBy", "exit.authorisation",
                "Een afstoting wordt pas afgerond met een goedkeuring: vul in wie ze goedkeurde en wanneer.",
                "A deaccession is completed only once authorised: enter who authorised it and when."));
        if (x.ExitDate is DateOnly exit && x.AuthorisationDate is DateOnly auth && exit < auth && x.Reason == ExitReason.Deaccession)
            errors.Add(new FieldError("exitDate", "exit.beforeAuthorisation",
                "De uitstroom ligt vóór de goedkeuring van de afstoting.", "The exit is before the deaccession was authorised."));
        return errors;
    }
}
