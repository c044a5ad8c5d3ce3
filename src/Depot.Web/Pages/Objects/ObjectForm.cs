using System.Globalization;
using Depot.Core;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;

namespace Depot.Web.Pages.Objects;

/// <summary>
/// What the object form posts. Strings are nullable because an empty input binds as null; rows
/// (titles, makers, dimensions) may be blank and are dropped before saving.
/// </summary>
public sealed class ObjectForm
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
    public List<long> MaterialIds { get; set; } = [];
    public List<DimensionRow> Dimensions { get; set; } = [];
    public long? ConditionId { get; set; }
    public string? ConditionNote { get; set; }
    public long? CurrentLocationId { get; set; }
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
        MaterialIds = [.. o.MaterialIds],
        Dimensions = o.Dimensions.Select(d => new DimensionRow { Type = d.Type, Value = d.Value.ToString(CultureInfo.GetCultureInfo("nl-BE")), Unit = d.Unit, Part = d.Part }).ToList(),
        ConditionId = o.ConditionId,
        ConditionNote = o.ConditionNote,
        CurrentLocationId = o.CurrentLocationId,
        PublicationStatus = o.PublicationStatus,
    };

    private static bool YearsAreExplicit(HistoricalDate? dating)
    {
        if (dating is null) return false;
        var fromText = HistoricalDate.Parse(dating.Text);
        return fromText is null || fromText.Earliest != dating.Earliest || fromText.Latest != dating.Latest || fromText.Precision != dating.Precision;
    }

    /// <summary>Drops blank rows, so the row numbers in the store's messages match the rows shown again.</summary>
    public void Compact()
    {
        Titles = Titles.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
        Makers = Makers.Where(m => m.AgentId is not null).ToList();
        Dimensions = Dimensions.Where(d => !d.IsBlank).ToList();
    }

    /// <summary>One empty row of each kind to type into (adding more rows is the next issue's type-ahead).</summary>
    public void AddBlankRows()
    {
        Titles.Add(new TitleRow { Type = Titles.Count == 0 ? TitleType.Preferred : TitleType.Alternate });
        Makers.Add(new MakerRow());
        Dimensions.Add(new DimensionRow());
    }

    /// <summary>Copies the form onto <paramref name="target"/>; returns what the form itself can tell is wrong (dating, numbers).</summary>
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
        target.MaterialIds = MaterialIds.Distinct().ToList();
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
        target.CurrentLocationId = CurrentLocationId;
        target.PublicationStatus = PublicationStatus;
        return errors;
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

public sealed class TitleRow
{
    public string? Text { get; set; }
    public TitleType Type { get; set; }
    public string? Language { get; set; } = "nl";
}

public sealed class MakerRow
{
    public long? AgentId { get; set; }
    public string? Role { get; set; }
    public string? Qualifier { get; set; }
}

public sealed class DimensionRow
{
    public string? Type { get; set; }
    public string? Value { get; set; }
    public string? Unit { get; set; }
    public string? Part { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Part);
}
