using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Entries;

public sealed class EntryForm : IProcedureForm
{
    public string? Number { get; set; }
    public long? DepositorId { get; set; }
    public EntryReason Reason { get; set; } = EntryReason.GiftOffer;
    public DateOnly? EntryDate { get; set; }
    public DateOnly? ExpectedReturnDate { get; set; }
    public string? ObjectNumbers { get; set; }

    /// <summary>Numbers of objects without a record yet: registered as entered, not in the collection.</summary>
    public string? NewObjectNumbers { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public sealed class EditModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureEditModel<ObjectEntry, EntryForm>(database, queries, records, text)
{
    protected override EntryForm NewForm() => new() { EntryDate = Today };

    protected override async Task<EntryForm> ToFormAsync(ObjectEntry e, CancellationToken ct) => new()
    {
        Number = e.Number,
        DepositorId = e.DepositorId,
        Reason = e.Reason,
        EntryDate = e.EntryDate,
        ExpectedReturnDate = e.ExpectedReturnDate,
        ObjectNumbers = ObjectNumberList.Format(await Queries.ObjectsAsync(OrganisationId, e.ObjectIds, ct)),
        Note = e.Note,
        Version = e.Version,
    };

    protected override async Task<ObjectEntry> FromFormAsync(ObjectEntry? stored, List<FieldError> errors, CancellationToken ct)
    {
        var lines = ObjectNumberList.Parse(Form.ObjectNumbers, withValues: false, errors);
        var found = await ObjectNumberList.ResolveAsync(Queries, OrganisationId, lines, errors, ct);
        var fresh = ObjectNumberList.Parse(Form.NewObjectNumbers, withValues: false, errors).Select(l => l.Number).ToList();
        return new ObjectEntry
        {
            Number = Form.Number?.Trim() ?? "",
            DepositorId = Form.DepositorId,
            Reason = Form.Reason,
            EntryDate = Form.EntryDate ?? default,
            ExpectedReturnDate = Form.ExpectedReturnDate,
            ObjectIds = ObjectNumberList.Ids(lines, found),
            NewObjectNumbers = fresh,
            Note = Form.Note?.Trim() ?? "",
            Status = stored?.Status ?? EntryStatus.Open,
        };
    }

    protected override IEnumerable<FieldError> Rules(ObjectEntry record) => ProcedureRules.Validate(record, null);

    protected override string DetailsUrl(long id) => $"/o/{OrganisationSlug}/procedures/instroom/{id}";
}
