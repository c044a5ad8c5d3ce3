using Depot.Core.Procedures;

namespace Depot.Core.Tests.Procedures;

public sealed class ProcedureRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void Entry_needs_a_depositor_a_date_and_objects()
    {
        var errors = ProcedureRules.Validate(new ObjectEntry(), null);

        Assert.Equal(["depositor", "entryDate", "objects"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Entry_with_only_new_object_numbers_is_valid()
    {
        var entry = new ObjectEntry { DepositorId = 3, EntryDate = Today, NewObjectNumbers = ["IN.2026.1"] };

        Assert.Empty(ProcedureRules.Validate(entry, null));
    }

    [Fact]
    public void Expected_return_before_entry_is_refused()
    {
        var entry = new ObjectEntry { DepositorId = 3, EntryDate = Today, ExpectedReturnDate = Today.AddDays(-1), ObjectIds = [1] };

        Assert.Equal("entry.returnBeforeEntry", Assert.Single(ProcedureRules.Validate(entry, null)).Code);
    }

    [Fact]
    public void Completed_acquisition_needs_a_date_and_a_method()
    {
        var acquisition = new ObjectAcquisition { ObjectIds = [1], Status = AcquisitionStatus.Completed };

        var errors = ProcedureRules.Validate(acquisition, AcquisitionStatus.Proposed);

        Assert.Equal(["date", "method"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Completed_acquisition_cannot_be_reopened()
    {
        var acquisition = new ObjectAcquisition { ObjectIds = [1], Status = AcquisitionStatus.Proposed };

        Assert.Equal("status.transition", Assert.Single(ProcedureRules.Validate(acquisition, AcquisitionStatus.Completed)).Code);
    }

    [Fact]
    public void Condition_check_needs_a_checker_a_condition_and_no_future_date()
    {
        var check = new ConditionCheck { Date = Today.AddDays(5), ObjectIds = [1] };

        var errors = ProcedureRules.Validate(check, Today);

        Assert.Equal(["date", "checker", "condition"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Checker_given_by_name_is_enough()
    {
        var check = new ConditionCheck { Date = Today, CheckerName = "Els Janssens", ConditionId = 4, ObjectIds = [1] };

        Assert.Empty(ProcedureRules.Validate(check, Today));
    }

    [Fact]
    public void Deaccession_is_completed_only_with_an_authorisation()
    {
        var exit = new ObjectExit { ObjectIds = [1], Reason = ExitReason.Deaccession, Status = ExitStatus.Completed, ExitDate = Today };

        Assert.Equal("exit.authorisation", Assert.Single(ProcedureRules.Validate(exit, ExitStatus.Planned)).Code);

        exit.AuthorisedBy = "Raad van bestuur";
        exit.AuthorisationDate = Today.AddDays(-10);
        Assert.Empty(ProcedureRules.Validate(exit, ExitStatus.Planned));
    }

    [Fact]
    public void Return_to_owner_needs_no_deaccession_decision()
    {
        var exit = new ObjectExit { ObjectIds = [1], Reason = ExitReason.ReturnToOwner, Status = ExitStatus.Completed, ExitDate = Today };

        Assert.Empty(ProcedureRules.Validate(exit, ExitStatus.Planned));
    }

    [Fact]
    public void Completed_exit_stays_completed()
    {
        var exit = new ObjectExit { ObjectIds = [1], Reason = ExitReason.Transfer, Status = ExitStatus.Planned };

        Assert.Equal("status.transition", Assert.Single(ProcedureRules.Validate(exit, ExitStatus.Completed)).Code);
    }

    [Theory]
    [InlineData(RecordType.ObjectEntry, "IN-2026-0001")]
    [InlineData(RecordType.Acquisition, "VW-2026-0001")]
    [InlineData(RecordType.Loan, "BL-2026-0001")]
    public void Numbers_have_prefix_year_and_four_digits(RecordType type, string expected) =>
        Assert.Equal(expected, ProcedurePrefixes.Format(ProcedurePrefixes.For(type), 2026, 1));

    [Fact]
    public void Only_procedures_whose_effects_do_not_stand_can_be_deleted()
    {
        Assert.True(ProcedureRules.CanDelete(new ObjectAcquisition { Status = AcquisitionStatus.Proposed }));
        Assert.False(ProcedureRules.CanDelete(new ObjectAcquisition { Status = AcquisitionStatus.Completed }));
        Assert.False(ProcedureRules.CanDelete(new ObjectExit { Status = ExitStatus.Completed }));
        Assert.True(ProcedureRules.CanDelete(new ObjectExit { Status = ExitStatus.Cancelled }));
        Assert.False(ProcedureRules.CanDelete(new Loan { Status = LoanStatus.OnLoan }));
        Assert.True(ProcedureRules.CanDelete(new Loan { Status = LoanStatus.Agreed }));
        Assert.True(ProcedureRules.CanDelete(new ObjectEntry { Status = EntryStatus.Closed }));
    }

    [Fact]
    public void Exit_refusal_for_an_object_on_loan_names_object_and_loan_in_both_languages()
    {
        var error = ProcedureRules.OnLoanCannotExit("2019.7", "BL-2026-0003");

        Assert.Equal("objects", error.Field);
        Assert.Contains("2019.7 is in bruikleen (BL-2026-0003)", error.MessageNl, StringComparison.Ordinal);
        Assert.Contains("2019.7 is on loan (BL-2026-0003)", error.MessageEn, StringComparison.Ordinal);
    }
}
