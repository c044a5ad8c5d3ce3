using Depot.Core;
using Depot.Core.Registration.Dating;
using Depot.Core.Validation;

namespace Depot.Web.Api.Records;

/// <summary>
/// A dating in JSON. On input either the years (with the text as written) or only the text
/// ("ca. 1650", "17de eeuw"), which is then read for its years; on output all of it plus EDTF.
/// </summary>
public sealed record DatingDto(string? Text, int? Earliest = null, int? Latest = null, DatePrecision? Precision = null, string? Edtf = null)
{
    public static DatingDto? From(HistoricalDate? d) =>
        d is null ? null : new DatingDto(d.Text, d.Earliest, d.Latest, d.Precision, d.ToEdtf());

    /// <summary>The dating, or a field error (422) naming <paramref name="field"/> when it cannot be understood.</summary>
    public static HistoricalDate? ToDomain(DatingDto? dto, string field)
    {
        if (dto is null || (dto.Earliest is null && dto.Latest is null && string.IsNullOrWhiteSpace(dto.Text))) return null;
        try
        {
            if (dto.Earliest is not null || dto.Latest is not null)
                return new HistoricalDate(dto.Earliest, dto.Latest, dto.Text ?? "", dto.Precision ?? DatePrecision.Exact);
            return HistoricalDate.Parse(dto.Text) ?? throw new ValidationFailedException(
            [
                new FieldError(field, "dating.unreadable",
                    $"De datering ‘{dto.Text}’ is niet leesbaar: geef een jaar (1650), een periode (1601-1620) of een eeuw (17de eeuw), of vul begin- en eindjaar in.",
                    $"The dating ‘{dto.Text}’ cannot be read: give a year (1650), a range (1601-1620) or a century (17th century), or fill in the earliest and latest years."),
            ]);
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([new FieldError(field, e.Code, e.MessageNl, e.MessageEn)]);
        }
    }
}
