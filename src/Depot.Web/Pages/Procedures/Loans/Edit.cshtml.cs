using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Loans;

public sealed class LoanForm : IProcedureForm
{
    public string? Number { get; set; }
    public LoanDirection Direction { get; set; } = LoanDirection.Out;
    public long? PartnerId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>One object number per line, optionally "= insurance value".</summary>
    public string? ObjectNumbers { get; set; }
    public string? InsuranceTotal { get; set; }
    public string? Conditions { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public sealed class EditModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureEditModel<Loan, LoanForm>(database, queries, records, text)
{
    protected override LoanForm NewForm() => new() { StartDate = Today, EndDate = Today.AddMonths(3) };

    protected override async Task<LoanForm> ToFormAsync(Loan l, CancellationToken ct) => new()
    {
        Number = l.Number,
        Direction = l.Direction,
        PartnerId = l.PartnerId,
        StartDate = l.StartDate,
        EndDate = l.EndDate,
        ObjectNumbers = ObjectNumberList.Format(await Queries.ObjectsAsync(OrganisationId, l.ObjectIds, ct),
            l.InsuranceValues.GroupBy(v => v.ObjectId).ToDictionary(g => g.Key, g => g.First().Amount)),
        InsuranceTotal = l.InsuranceTotal?.Amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        Conditions = l.Conditions,
        Note = l.Note,
        Version = l.Version,
    };

    protected override async Task<Loan> FromFormAsync(Loan? stored, List<FieldError> errors, CancellationToken ct)
    {
        var lines = ObjectNumberList.Parse(Form.ObjectNumbers, withValues: true, errors);
        var found = await ObjectNumberList.ResolveAsync(Queries, OrganisationId, lines, errors, ct);
        Money? total = null;
        if (!string.IsNullOrWhiteSpace(Form.InsuranceTotal))
        {
            if (ObjectNumberList.TryParseAmount(Form.InsuranceTotal, out var amount)) total = new Money(amount);
            else errors.Add(new FieldError("insuranceTotal", "insurance.unreadable", $"‘{Form.InsuranceTotal}’ is geen bedrag.", $"‘{Form.InsuranceTotal}’ is not an amount."));
        }
        return new Loan
        {
            Number = Form.Number?.Trim() ?? "",
            Direction = Form.Direction,
            PartnerId = Form.PartnerId,
            StartDate = Form.StartDate ?? default,
            EndDate = Form.EndDate ?? default,
            ObjectIds = ObjectNumberList.Ids(lines, found),
            InsuranceValues = [.. lines.Where(l => l.Value is not null && found.ContainsKey(l.Number)).Select(l => new InsuranceValue(found[l.Number], l.Value!.Value))],
            InsuranceTotal = total,
            Conditions = Form.Conditions?.Trim() ?? "",
            Note = Form.Note?.Trim() ?? "",
            Status = stored?.Status ?? LoanStatus.Requested,
            ReturnDate = stored?.ReturnDate,
        };
    }

    protected override IEnumerable<FieldError> Rules(Loan record) => LoanRules.Validate(record, null);

    protected override string DetailsUrl(long id) => $"/o/{OrganisationSlug}/procedures/bruiklenen/{id}";
}
