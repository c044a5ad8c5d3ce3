using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Checks;

public sealed class CheckForm : IProcedureForm
{
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public long? CheckerId { get; set; }
    public string? CheckerName { get; set; }
    public long? ConditionId { get; set; }
    public string? Notes { get; set; }
    public string? ObjectNumbers { get; set; }
    public bool UpdatesObjects { get; set; } = true;
    public int Version { get; set; }
}

public sealed class EditModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureEditModel<ConditionCheck, CheckForm>(database, queries, records, text)
{
    protected override CheckForm NewForm() => new() { Date = Today, CheckerName = User.Identity?.Name ?? "" };

    protected override async Task<CheckForm> ToFormAsync(ConditionCheck c, CancellationToken ct) => new()
    {
        Number = c.Number,
        Date = c.Date,
        CheckerId = c.CheckerId,
        CheckerName = c.CheckerName,
        ConditionId = c.ConditionId,
        Notes = c.Notes,
        ObjectNumbers = ObjectNumberList.Format(await Queries.ObjectsAsync(OrganisationId, c.ObjectIds, ct)),
        UpdatesObjects = c.UpdatesObjects,
        Version = c.Version,
    };

    protected override async Task<ConditionCheck> FromFormAsync(ConditionCheck? stored, List<FieldError> errors, CancellationToken ct)
    {
        var lines = ObjectNumberList.Parse(Form.ObjectNumbers, withValues: false, errors);
        var found = await ObjectNumberList.ResolveAsync(Queries, OrganisationId, lines, errors, ct);
        return new ConditionCheck
        {
            Number = Form.Number?.Trim() ?? "",
            Date = Form.Date ?? default,
            CheckerId = Form.CheckerId,
            CheckerName = Form.CheckerId is null ? Form.CheckerName?.Trim() ?? "" : "",
            ConditionId = Form.ConditionId,
            Notes = Form.Notes?.Trim() ?? "",
            ObjectIds = ObjectNumberList.Ids(lines, found),
            UpdatesObjects = Form.UpdatesObjects,
        };
    }

    protected override IEnumerable<FieldError> Rules(ConditionCheck record) => ProcedureRules.Validate(record, Today);

    protected override string DetailsUrl(long id) => $"/o/{OrganisationSlug}/procedures/toestandscontroles/{id}";
}
