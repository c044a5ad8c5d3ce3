using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Interchange.Sources;

namespace Depot.Network.Oai.Formats;

// The values that need a closer look: dates, rights, identifiers and translations.
internal sealed partial class DcRecordBuilder
{
    private void Open(string path, int index, string language) => open = (path, index, language);

    /// <summary>
    /// A second label in another language right after the first (EDM writes <c>dc:type</c> in nl and en) is a
    /// translation of the same term, not a term of its own: Depot keeps one label per term, so it is kept verbatim.
    /// </summary>
    private bool IsTranslation(string path, string language) =>
        open is { } o && o.Path == path && language.Length > 0 && o.Language.Length > 0 && o.Language != language;

    private void Identify(string path, int index, string uri)
    {
        switch (path)
        {
            case "dc:creator":
                var agent = makers[index].Agent;
                makers[index] = makers[index] with { Agent = agent with { Ids = [.. agent.Ids, new ExternalId("uri", uri)] } };
                break;
            case "dc:type":
                types[index] = types[index] with { Ids = [.. types[index].Ids, uri] };
                break;
            case "dc:subject":
                subjects[index] = subjects[index] with { Ids = [.. subjects[index].Ids, uri] };
                break;
            case "dcterms:medium":
                materials[index] = materials[index] with { Ids = [.. materials[index].Ids, uri] };
                break;
        }
    }

    private void Date(string path, string value)
    {
        dating = HistoricalDate.Parse(value) ?? Iso(value);
        if (dating is not null) return;
        kept.Add(new KeptField(path, value));
        issues.Add(new SourceIssue(IssueSeverity.Warning, path,
            $"De datering '{value}' is niet te lezen; ze is bewaard als tekst.", $"The date '{value}' cannot be read; it is kept as text."));
    }

    /// <summary>EDTF / ISO dates Dublin Core often carries: 1899-05-01, 1601/1620.</summary>
    private static HistoricalDate? Iso(string value)
    {
        var parts = value.Split('/');
        if (parts.Length is < 1 or > 2) return null;
        var years = parts.Select(p => p.Length >= 4 && int.TryParse(p.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null).ToList();
        if (years.Any(y => y is null) || years[^1] < years[0]) return null;
        return new HistoricalDate(years[0], years[^1], value, value.Contains('~', StringComparison.Ordinal) ? DatePrecision.Circa : DatePrecision.Exact);
    }

    /// <summary>A licence URI, "© holder" (as Depot writes it), then a credit line; further statements are kept.</summary>
    private void Right(string path, string value, string language)
    {
        if (IsUri(value) && rights.Licence.Length == 0) rights = rights with { Licence = value };
        else if (value.StartsWith('©') && rights.Holder.Length == 0) rights = rights with { Holder = value.TrimStart('©').Trim() };
        else if (!IsUri(value) && rights.CreditLine.Length == 0) rights = rights with { CreditLine = value };
        else kept.Add(new KeptField(path, value, language));
        open = null;
    }

    private static bool IsUri(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
