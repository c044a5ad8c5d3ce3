using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Exits;

public sealed class ExitForm : IProcedureForm
{
    public string? Number { get; set; }
    public ExitReason Reason { get; set; } = ExitReason.Deaccession;
    public DateOnly? ExitDate { get; set; }
    public string? AuthorisedBy { get; set; }
    public DateOnly? AuthorisationDate { get; set; }
    public string? AuthorisationReference { get; set; }
    public long? RecipientId { get; set; }
    public string? Destination { get; set; }
    public string? ObjectNumbers { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public sealed class EditModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureEditModel<ObjectExit, ExitForm>(database, queries, records, text)
{
    protected override ExitForm NewForm() => new();

    protected override async Task<ExitForm> ToFormAsync(ObjectExit x, CancellationToken ct) => new()
    {
        Number = x.Number,
        Reason = x.Reason,
        ExitDate = x.ExitDate,
        AuthorisedBy = x.AuthorisedBy,
        AuthorisationDate = x.AuthorisationDate,
        AuthorisationReference = x.AuthorisationReference,
        RecipientId = x.RecipientId,
        Destination = x.Destination,
        ObjectNumbers = ObjectNumberList.Format(await Queries.ObjectsAsync(OrganisationId, x.ObjectIds, ct)),
        Note = x.Note,
        Version = x.Version,
    };

    protected override async Task<ObjectExit> FromFormAsync(ObjectExit? stored, List<FieldError> errors, CancellationToken ct)
    {
        var lines = ObjectNumberList.Parse(Form.ObjectNumbers, withValues: false, errors);
        var found = await ObjectNumberList.ResolveAsync(Queries, OrganisationId, lines, errors, ct);
        return new ObjectExit
        {
            Number = Form.Number?.Trim() ?? "",
            Reason = Form.Reason,
            ExitDate = Form.ExitDate,
            AuthorisedBy = Form.AuthorisedBy?.Trim() ?? "",
            AuthorisationDate = Form.AuthorisationDate,
            AuthorisationReference = Form.AuthorisationReference?.Trim() ?? "",
            RecipientId = Form.RecipientId,
            Destination = Form.Destination?.Trim() ?? "",
            ObjectIds = ObjectNumberList.Ids(lines, found),
            Note = Form.Note?.Trim() ?? "",
            Status = stored?.Status ?? ExitStatus.Planned,
        };
    }

    protected override IEnumerable<FieldError> Rules(ObjectExit record) => ProcedureRules.Validate(record, null);

    protected override string DetailsUrl(long id) => $"/o/{OrganisationSlug}/procedures/uitstroom/{id}";
}
