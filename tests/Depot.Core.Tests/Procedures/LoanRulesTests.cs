using Depot.Core.Procedures;

namespace Depot.Core.Tests.Procedures;

public sealed class LoanRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Loan ValidLoan() => new()
    {
        PartnerId = 7,
        StartDate = new DateOnly(2026, 3, 1),
        EndDate = new DateOnly(2026, 9, 30),
        ObjectIds = [1, 2],
    };

    [Theory]
    [InlineData(LoanStatus.Requested, LoanStatus.Agreed)]
    [InlineData(LoanStatus.Agreed, LoanStatus.OnLoan)]
    [InlineData(LoanStatus.OnLoan, LoanStatus.Returned)]
    [InlineData(LoanStatus.Requested, LoanStatus.Cancelled)]
    public void Loan_moves_forward_through_its_statuses(LoanStatus from, LoanStatus to) =>
        Assert.True(LoanRules.Flow.CanMove(from, to));

    [Theory]
    [InlineData(LoanStatus.Requested, LoanStatus.OnLoan)]
    [InlineData(LoanStatus.Returned, LoanStatus.OnLoan)]
    [InlineData(LoanStatus.OnLoan, LoanStatus.Cancelled)]
    [InlineData(LoanStatus.Cancelled, LoanStatus.Agreed)]
    public void Loan_cannot_skip_or_go_back_a_status(LoanStatus from, LoanStatus to)
    {
        var loan = ValidLoan();
        loan.Status = to;
        loan.ReturnDate = to == LoanStatus.Returned ? Today : null;

        var error = Assert.Single(LoanRules.Validate(loan, from));
        Assert.Equal("status.transition", error.Code);
    }

    [Fact]
    public void End_date_before_start_date_is_refused()
    {
        var loan = ValidLoan();
        loan.EndDate = loan.StartDate.AddDays(-1);

        var error = Assert.Single(LoanRules.Validate(loan, null));
        Assert.Equal("endDate", error.Field);
        Assert.Contains("vóór de begindatum", error.MessageNl, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_date_must_be_after_the_start()
    {
        var loan = ValidLoan();
        loan.Status = LoanStatus.Returned;
        loan.ReturnDate = loan.StartDate.AddDays(-3);

        Assert.Equal("loan.returnBeforeStart", Assert.Single(LoanRules.Validate(loan, LoanStatus.OnLoan)).Code);
    }

    [Fact]
    public void Returned_loan_needs_a_return_date()
    {
        var loan = ValidLoan();
        loan.Status = LoanStatus.Returned;

        Assert.Equal("returnDate", Assert.Single(LoanRules.Validate(loan, LoanStatus.OnLoan)).Field);
    }

    [Fact]
    public void Loan_without_objects_or_borrower_names_both_fields()
    {
        var loan = ValidLoan();
        loan.ObjectIds = [];
        loan.PartnerId = null;

        var errors = LoanRules.Validate(loan, null);
        Assert.Equal(["partner", "objects"], errors.Select(e => e.Field));
        Assert.Equal("Kies de ontlener.", errors[0].MessageNl);
    }

    [Fact]
    public void Insurance_value_must_belong_to_an_object_of_the_loan()
    {
        var loan = ValidLoan();
        loan.InsuranceValues = [new InsuranceValue(1, 15000m), new InsuranceValue(99, 10m)];

        Assert.Equal("insurance.object", Assert.Single(LoanRules.Validate(loan, null)).Code);
        Assert.Equal(new Money(15010m), loan.InsuredValue);
    }

    [Fact]
    public void Only_a_loan_on_loan_past_its_end_date_is_overdue()
    {
        var loan = ValidLoan();
        loan.Status = LoanStatus.OnLoan;
        Assert.True(LoanRules.IsOverdue(loan, Today));

        loan.EndDate = Today;
        Assert.False(LoanRules.IsOverdue(loan, Today));

        loan.EndDate = Today.AddDays(-1);
        loan.Status = LoanStatus.Returned;
        Assert.False(LoanRules.IsOverdue(loan, Today));
    }

    [Fact]
    public void Agreed_and_on_loan_commit_the_objects_requested_does_not()
    {
        Assert.True(LoanRules.IsActive(LoanStatus.Agreed));
        Assert.True(LoanRules.IsActive(LoanStatus.OnLoan));
        Assert.False(LoanRules.IsActive(LoanStatus.Requested));
        Assert.False(LoanRules.IsActive(LoanStatus.Returned));
    }

    [Fact]
    public void Already_on_loan_message_names_the_object_and_the_loan()
    {
        var error = LoanRules.AlreadyOnLoan("2019.10", "BL-2026-0003");

        Assert.Contains("2019.10", error.MessageNl, StringComparison.Ordinal);
        Assert.Contains("BL-2026-0003", error.MessageEn, StringComparison.Ordinal);
    }
}
