using System.Globalization;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Depot.Web.Pages.Objects;
using Microsoft.AspNetCore.Html;

namespace Depot.Web.Pages.Procedures;

/// <summary>What the procedure pages share: labels and choices, the objects, and field messages from the store's refusals.</summary>
public abstract class ProcedurePageModel(DepotDatabase database, ProcedureQueries queries, UiText text) : OrganisationPageModel
{
    protected ProcedureQueries Queries => queries;
    protected DepotDatabase Database => database;
    protected UiText Text => text;

    public ProcedureChoices Choices { get; private set; } = null!;

    public IReadOnlyList<ProcedureObjectRow> Objects { get; protected set; } = [];

    public IReadOnlyList<FieldError> Errors { get; protected set; } = [];

    public string? Notice { get; protected set; }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    protected async Task LoadChoicesAsync(CancellationToken ct) => Choices = await ProcedureChoices.LoadAsync(database, OrganisationId, text.Code, ct);

    public IEnumerable<string> ErrorsFor(string field) => Errors.Where(e => e.Field == field).Select(text.Message);

    public IHtmlContent ErrorFor(string field) => ObjectFormHtml.Errors(field, ErrorsFor(field));

    public string? DescribedBy(string field) => ErrorsFor(field).Any() ? ObjectFormHtml.Key(field) + "-error" : null;

    public string? Invalid(string field) => ErrorsFor(field).Any() ? "true" : null;

    /// <summary>"24 november 2026", or a dash.</summary>
    public string Day(DateOnly? date) => date is DateOnly d && d != default ? d.ToString("d MMMM yyyy", text.Culture) : "—";

    public string Amount(Depot.Core.Procedures.Money? money) =>
        money is null ? "—" : $"{(money.Currency == "EUR" ? "€" : money.Currency)} {money.Amount.ToString("N2", text.Culture)}";

    /// <summary>The value for an <c>input type="date"</c>.</summary>
    public static string DateValue(DateOnly? date) => date is DateOnly d && d != default ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    protected void Stale(StaleEditException stale) =>
        Notice = text.Format("procedures.stale", stale.ChangedBy, text.DateTime(stale.ChangedAt), stale.CurrentVersion);
}
