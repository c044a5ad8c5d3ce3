namespace Depot.Core.Procedures;

/// <summary>Bruikleen: objects lent out to a borrower, or borrowed in from a lender, for a period.</summary>
public sealed class Loan : IProcedure
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Number { get; set; } = "";
    public LoanDirection Direction { get; set; } = LoanDirection.Out;

    /// <summary>The borrower (loan out) or the lender (loan in).</summary>
    public long? PartnerId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public List<long> ObjectIds { get; set; } = [];

    /// <summary>Insurance value per object, where known.</summary>
    public List<InsuranceValue> InsuranceValues { get; set; } = [];

    /// <summary>The insured value of the whole loan, when not given per object.</summary>
    public Money? InsuranceTotal { get; set; }
    public string Conditions { get; set; } = "";
    public string Note { get; set; } = "";
    public LoanStatus Status { get; set; } = LoanStatus.Requested;
    public DateOnly? ReturnDate { get; set; }

    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? ProcedureDate => StartDate;

    /// <summary>The total insured value: as given, else the sum of the values per object.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Money? InsuredValue => InsuranceTotal ?? (InsuranceValues.Count == 0 ? null
        : new Money(InsuranceValues.Sum(v => v.Amount), InsuranceValues[0].Currency));
}

public sealed record InsuranceValue(long ObjectId, decimal Amount, string Currency = "EUR");

public enum LoanDirection
{
    Out,
    In,
}

/// <summary>Requested › agreed › on loan (out, or in) › returned; a request can also be cancelled.</summary>
public enum LoanStatus
{
    Requested,
    Agreed,

    /// <summary>The objects are with the borrower (loan out) or with us (loan in).</summary>
    OnLoan,
    Returned,
    Cancelled,
}
