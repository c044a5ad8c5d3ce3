using Depot.Core.Procedures;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Procedures.Acquisitions;

public sealed class AcquisitionForm : IProcedureForm
{
    public string? Number { get; set; }
    public long? MethodId { get; set; }
    public long? SourceId { get; set; }
    public DateOnly? Date { get; set; }
    public string? Price { get; set; }
    public string? Funding { get; set; }
    public string? TitleTransferReference { get; set; }

    /// <summary>Numbers of the object entries this acquisition follows (their objects are included).</summary>
    public string? EntryNumbers { get; set; }
    public string? ObjectNumbers { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

public sealed class EditModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureEditModel<ObjectAcquisition, AcquisitionForm>(database, queries, records, text)
{
    /// <summary>"Acquire" on an entry's page starts from that entry.</summary>
    [FromQuery(Name = "entry")]
    public string? FromEntry { get; set; }

    protected override AcquisitionForm NewForm() => new() { Date = Today, EntryNumbers = FromEntry };

    protected override async Task<AcquisitionForm> ToFormAsync(ObjectAcquisition a, CancellationToken ct) => new()
    {
        Number = a.Number,
        MethodId = a.MethodId,
        SourceId = a.SourceId,
        Date = a.Date,
        Price = a.Price?.Amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        Funding = a.Funding,
        TitleTransferReference = a.TitleTransferReference,
        EntryNumbers = string.Join("\n", await Queries.EntryNumbersAsync(OrganisationId, a.EntryIds, ct)),
        ObjectNumbers = ObjectNumberList.Format(await Queries.ObjectsAsync(OrganisationId, a.ObjectIds, ct)),
        Note = a.Note,
        Version = a.Version,
    };

    protected override async Task<ObjectAcquisition> FromFormAsync(ObjectAcquisition? stored, List<FieldError> errors, CancellationToken ct)
    {
        var lines = ObjectNumberList.Parse(Form.ObjectNumbers, withValues: false, errors);
        var found = await ObjectNumberList.ResolveAsync(Queries, OrganisationId, lines, errors, ct);
        var entryNumbers = ObjectNumberList.Parse(Form.EntryNumbers, withValues: false, errors).Select(l => l.Number).ToList();
        var (entryIds, unknownEntries) = await Queries.ResolveEntryNumbersAsync(OrganisationId, entryNumbers, ct);
        if (unknownEntries.Count > 0)
            errors.Add(new FieldError("entries", "entry.unknown", $"Deze instroomnummers bestaan niet: {string.Join(", ", unknownEntries)}.",
                $"These entry numbers do not exist: {string.Join(", ", unknownEntries)}."));
        Money? price = null;
        if (!string.IsNullOrWhiteSpace(Form.Price))
        {
            if (ObjectNumberList.TryParseAmount(Form.Price, out var amount)) price = new Money(amount);
            else errors.Add(new FieldError("price", "price.unreadable", $"‘{Form.Price}’ is geen bedrag.", $"‘{Form.Price}’ is not an amount."));
        }
        return new ObjectAcquisition
        {
            Number = Form.Number?.Trim() ?? "",
            MethodId = Form.MethodId,
            SourceId = Form.SourceId,
            Date = Form.Date,
            Price = price,
            Funding = Form.Funding?.Trim() ?? "",
            TitleTransferReference = Form.TitleTransferReference?.Trim() ?? "",
            EntryIds = entryIds,
            ObjectIds = ObjectNumberList.Ids(lines, found),
            Note = Form.Note?.Trim() ?? "",
            Status = stored?.Status ?? AcquisitionStatus.Proposed,
        };
    }

    protected override IEnumerable<FieldError> Rules(ObjectAcquisition record) => ProcedureRules.Validate(record, null);

    protected override string DetailsUrl(long id) => $"/o/{OrganisationSlug}/procedures/verwervingen/{id}";
}
