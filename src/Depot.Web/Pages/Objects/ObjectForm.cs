using System.Globalization;
using Depot.Core;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// What the object form posts. Strings are nullable because an empty input binds as null; rows
/// may be blank and are dropped before saving. References to terms, agents, places and locations
/// are ids chosen with a picker, never loose text.
/// </summary>
public sealed partial class ObjectForm
{
    public int Version { get; set; }
    public string? ObjectNumber { get; set; }
    public long? ObjectNameId { get; set; }
    public List<TitleRow> Titles { get; set; } = [];
    public string? ShortDescription { get; set; }
    public int? NumberOfParts { get; set; }
    public List<MakerRow> Makers { get; set; } = [];
    public string? DatingText { get; set; }
    public int? DatingEarliest { get; set; }
    public int? DatingLatest { get; set; }
    public bool DatingCirca { get; set; }
    public List<RefRow> Materials { get; set; } = [];
    public List<RefRow> Techniques { get; set; } = [];
    public List<DimensionRow> Dimensions { get; set; } = [];
    public long? ConditionId { get; set; }
    public string? ConditionNote { get; set; }
    public long? AcquisitionMethodId { get; set; }
    public long? AcquisitionSourceId { get; set; }
    public string? AcquisitionDate { get; set; }
    public string? AcquisitionNote { get; set; }
    public long? CurrentLocationId { get; set; }
    public long? PermanentLocationId { get; set; }
    public List<SubjectRow> Subjects { get; set; } = [];
    public List<RefRow> DepictedAgents { get; set; } = [];
    public List<RefRow> DepictedPlaces { get; set; } = [];
    public List<InscriptionRow> Inscriptions { get; set; } = [];
    public string? Licence { get; set; }
    public string? RightsHolder { get; set; }
    public string? CreditLine { get; set; }
    public PublicationStatus PublicationStatus { get; set; }

    public static ObjectForm From(CollectionObject o) => new()
    {
        Version = o.Version,
        ObjectNumber = o.ObjectNumber,
        ObjectNameId = o.ObjectNameId,
        Titles = o.Titles.Select(t => new TitleRow { Text = t.Text, Type = t.Type, Language = t.Language }).ToList(),
        ShortDescription = o.ShortDescription,
        NumberOfParts = o.NumberOfParts,
        Makers = o.Makers.Select(m => new MakerRow { AgentId = m.AgentId, Role = m.Role, Qualifier = m.Qualifier }).ToList(),
        DatingText = o.Dating?.Text,
        // Years are shown only when they were set by hand; otherwise the text alone says it, and a
        // changed text is read again instead of being overruled by stale years.
        DatingEarliest = YearsAreExplicit(o.Dating) ? o.Dating!.Earliest : null,
        DatingLatest = YearsAreExplicit(o.Dating) ? o.Dating!.Latest : null,
        DatingCirca = YearsAreExplicit(o.Dating) && o.Dating!.Precision == DatePrecision.Circa,
        Materials = o.MaterialIds.Select(id => new RefRow { Id = id }).ToList(),
        Techniques = o.TechniqueIds.Select(id => new RefRow { Id = id }).ToList(),
        Dimensions = o.Dimensions.Select(d => new DimensionRow { Type = d.Type, Value = d.Value.ToString(CultureInfo.GetCultureInfo("nl-BE")), Unit = d.Unit, Part = d.Part }).ToList(),
        ConditionId = o.ConditionId,
        ConditionNote = o.ConditionNote,
        AcquisitionMethodId = o.Acquisition?.MethodId,
        AcquisitionSourceId = o.Acquisition?.SourceAgentId,
        AcquisitionDate = o.Acquisition?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AcquisitionNote = o.Acquisition?.Note,
        CurrentLocationId = o.CurrentLocationId,
        PermanentLocationId = o.PermanentLocationId,
        Subjects = o.Subjects.Where(s => s.Kind is SubjectKind.MainMotif or SubjectKind.DepictedConcept).Select(s => new SubjectRow { Kind = s.Kind, Id = s.RecordId }).ToList(),
        DepictedAgents = o.Subjects.Where(s => s.Kind == SubjectKind.DepictedAgent).Select(s => new RefRow { Id = s.RecordId }).ToList(),
        DepictedPlaces = o.Subjects.Where(s => s.Kind == SubjectKind.DepictedPlace).Select(s => new RefRow { Id = s.RecordId }).ToList(),
        Inscriptions = o.Inscriptions.Select(i => new InscriptionRow { Type = i.Type, Text = i.Text, Position = i.Position, Language = i.Language }).ToList(),
        Licence = o.Rights.Licence,
        RightsHolder = o.Rights.Holder,
        CreditLine = o.Rights.CreditLine,
        PublicationStatus = o.PublicationStatus,
    };

    private static bool YearsAreExplicit(HistoricalDate? dating)
    {
        if (dating is null) return false;
        var fromText = HistoricalDate.Parse(dating.Text);
        return fromText is null || fromText.Earliest != dating.Earliest || fromText.Latest != dating.Latest || fromText.Precision != dating.Precision;
    }

    /// <summary>Copies the form onto <paramref name="target"/>; returns what the form itself can tell is wrong (dating, numbers, dates).</summary>
    public List<FieldError> ApplyTo(CollectionObject target)
    {
        var errors = new List<FieldError>();
        target.ObjectNumber = (ObjectNumber ?? "").Trim();
        target.ObjectNameId = ObjectNameId;
        target.Titles = Titles.Select(t => new Title(t.Text!.Trim(), string.IsNullOrWhiteSpace(t.Language) ? "nl" : t.Language.Trim(), t.Type)).ToList();
        target.ShortDescription = (ShortDescription ?? "").Trim();
        target.NumberOfParts = NumberOfParts;
        target.Makers = Makers.Select(m => new MakerCredit(m.AgentId!.Value, (m.Role ?? "").Trim(), (m.Qualifier ?? "").Trim())).ToList();
        target.Dating = Dating(errors);
        target.MaterialIds = Materials.Select(r => r.Id!.Value).Distinct().ToList();
        target.TechniqueIds = Techniques.Select(r => r.Id!.Value).Distinct().ToList();
        target.Dimensions = [];
        for (var i = 0; i < Dimensions.Count; i++)
        {
            var d = Dimensions[i];
            if (!TryParseDecimal(d.Value, out var value))
            {
                errors.Add(new FieldError($"dimensions[{i}].value", "dimension.number",
                    "Vul de afmeting in als getal, bv. 12,5.", "Enter the dimension as a number, e.g. 12.5."));
                value = 0;
            }
            target.Dimensions.Add(new Dimension((d.Type ?? "").Trim(), value, (d.Unit ?? "").Trim(), (d.Part ?? "").Trim()));
        }
        target.ConditionId = ConditionId;
        target.ConditionNote = (ConditionNote ?? "").Trim();
        target.Acquisition = Acquisition(errors);
        // The current location changes only by a movement (Verplaatsen), so the history says where an object was.
        target.PermanentLocationId = PermanentLocationId;
        target.Subjects =
        [
            .. Subjects.Select(s => new SubjectReference(s.Kind is SubjectKind.DepictedConcept ? SubjectKind.DepictedConcept : SubjectKind.MainMotif, s.Id!.Value)),
            .. DepictedAgents.Select(r => new SubjectReference(SubjectKind.DepictedAgent, r.Id!.Value)),
            .. DepictedPlaces.Select(r => new SubjectReference(SubjectKind.DepictedPlace, r.Id!.Value)),
        ];
        target.Subjects = target.Subjects.Distinct().ToList();
        target.Inscriptions = Inscriptions.Select(i => new Inscription((i.Type ?? "").Trim(), i.Text!.Trim(), (i.Position ?? "").Trim(), (i.Language ?? "").Trim())).ToList();
        target.Rights = new Rights((Licence ?? "").Trim(), (RightsHolder ?? "").Trim(), (CreditLine ?? "").Trim());
        target.PublicationStatus = PublicationStatus;
        return errors;
    }

    private Acquisition? Acquisition(List<FieldError> errors)
    {
        DateOnly? date = null;
        var text = AcquisitionDate?.Trim() ?? "";
        if (text.Length > 0)
        {
            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                date = parsed;
            else
                errors.Add(new FieldError("acquisition.date", "acquisition.dateInvalid",
                    $"‘{text}’ is geen datum. Schrijf bv. 24-11-2026.", $"‘{text}’ is not a date. Write e.g. 2026-11-24."));
        }
        var note = (AcquisitionNote ?? "").Trim();
        return AcquisitionMethodId is null && AcquisitionSourceId is null && date is null && note.Length == 0
            ? null
            : new Acquisition(AcquisitionMethodId, AcquisitionSourceId, date, note);
    }

    private HistoricalDate? Dating(List<FieldError> errors)
    {
        var text = DatingText?.Trim() ?? "";
        try
        {
            if (DatingEarliest is not null || DatingLatest is not null)
                return new HistoricalDate(DatingEarliest, DatingLatest, text, DatingCirca ? DatePrecision.Circa : DatePrecision.Exact);
            if (text.Length == 0) return null;
            var parsed = HistoricalDate.Parse(text);
            if (parsed is null)
                errors.Add(new FieldError("dating", "dating.notUnderstood",
                    $"Depot begrijpt de datering ‘{text}’ niet. Schrijf bv. 1650, ca. 1650, 1601-1620 of 17de eeuw, of vul het vroegste en laatste jaar in.",
                    $"Depot does not understand the dating ‘{text}’. Write e.g. 1650, c. 1650, 1601-1620 or 17th century, or fill in the earliest and latest year."));
            return parsed;
        }
        catch (DomainException e)
        {
            errors.Add(new FieldError("dating", e.Code, e.MessageNl, e.MessageEn));
            return null;
        }
    }

    private static bool TryParseDecimal(string? s, out decimal value) =>
        decimal.TryParse((s ?? "").Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
}
