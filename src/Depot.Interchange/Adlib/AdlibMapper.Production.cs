using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Adlib;

internal sealed partial class AdlibMapper
{
    /// <summary>
    /// The first <c>title</c> is the preferred title (in every language it is given in), later
    /// ones and <c>title.translation</c> are alternates. A translation without <c>title.language</c>
    /// gets the reader's language, as the museum's own LIDO export of the same record does
    /// (Adlib does not say which language it is).
    /// </summary>
    private List<Title> Titles()
    {
        var titles = new List<Title>();
        foreach (var scope in scopes)
            foreach (var node in In(scope, "title"))
            {
                var type = titles.Count == 0 ? TitleType.Preferred : TitleType.Alternate;
                foreach (var value in node.Values.Where(v => v.Text.Length > 0 && v.Language != AdlibValue.Neutral))
                {
                    value.Used = true;
                    titles.Add(new Title(value.Text, LanguageOf(value), type));
                }
            }
        foreach (var scope in scopes)
        {
            var translations = In(scope, "title.translation");
            var languages = In(scope, "title.language");
            for (var i = 0; i < translations.Count; i++)
            {
                var text = Take(translations[i]);
                if (text.Length == 0) continue;
                titles.Add(new Title(text, LanguageCode(At(languages, i)), TitleType.Alternate));
            }
        }
        return titles;
    }

    /// <summary>A language field holds a code ("fr") or a name; a name stays kept and the title gets the reader's language.</summary>
    private string LanguageCode(AdlibNode? node)
    {
        var value = node?.Values.FirstOrDefault(v => v.Text.Length > 0);
        if (value is null || value.Text.Length > 3 && !value.Text.Contains('-', StringComparison.Ordinal)) return language;
        value.Used = true;
        return AdlibLanguages.Normalise(value.Text, false);
    }

    /// <summary>One maker per <c>creator</c>, with role, qualifier, uri/lref and life dates zipped from the same group.</summary>
    private List<SourceMaker> Makers()
    {
        var makers = new List<SourceMaker>();
        foreach (var scope in scopes)
        {
            var creators = In(scope, "creator");
            var roles = In(scope, "creator.role");
            var qualifiers = In(scope, "creator.qualifier");
            var uris = In(scope, "creator.uri");
            var lrefs = In(scope, "creator.lref");
            var births = In(scope, "creator.date_of_birth");
            var deaths = In(scope, "creator.date_of_death");
            for (var i = 0; i < creators.Count; i++)
            {
                var name = Take(creators[i]);
                if (name.Length == 0) continue;
                var ids = Ids(creators[i], At(uris, i), null).Select(UriIds.ToExternalId).ToList();
                if (Take(At(lrefs, i)) is { Length: > 0 } lref) ids.Add(new ExternalId("local", lref));
                var agent = new SourceAgent(name, AgentKind.Person, ids, LifeDate(At(births, i)), LifeDate(At(deaths, i)));
                makers.Add(new SourceMaker(agent, Take(At(roles, i)), Take(At(qualifiers, i))));
            }
        }
        return makers;
    }

    private HistoricalDate? LifeDate(AdlibNode? node)
    {
        var text = node?.Values.FirstOrDefault(v => v.Text.Length > 0);
        if (node is null || text is null) return null;
        if (AdlibDates.Year(text.Text) is not int year)
        {
            Warn(node, $"'{text.Text}' is geen datum; de tekst is bewaard.", $"'{text.Text}' is not a date; the text is kept.");
            return null;
        }
        text.Used = true;
        return new HistoricalDate(year, year, text.Text);
    }

    /// <summary>
    /// Dating from <c>production.date.start/end</c> with their <c>.prec</c> ("circa"); the text is
    /// written the way Adlib's own LIDO export writes <c>displayDate</c> ("circa 1601 - circa 1620").
    /// Only a start means that year. Without dates, <c>production.period</c> is read as a dating
    /// ("17de eeuw"); otherwise the period stays kept.
    /// </summary>
    private HistoricalDate? Dating()
    {
        foreach (var scope in scopes)
        {
            var start = In(scope, "production.date.start").FirstOrDefault(n => n.HasText);
            var end = In(scope, "production.date.end").FirstOrDefault(n => n.HasText);
            if (start is null && end is null) continue;
            var startText = start?.Values.FirstOrDefault(v => v.Text.Length > 0)?.Text ?? "";
            var endText = end?.Values.FirstOrDefault(v => v.Text.Length > 0)?.Text ?? "";
            int? from = start is null ? null : AdlibDates.Year(startText);
            int? to = end is null ? null : AdlibDates.Year(endText);
            if ((start is not null && from is null) || (end is not null && to is null))
            {
                Warn(start is not null && from is null ? start : end!, $"Datering '{startText}–{endText}' is niet te lezen; de tekst is bewaard.",
                    $"Dating '{startText}–{endText}' cannot be read; the text is kept.");
                return null;
            }
            from ??= to;
            to ??= from;
            if (to < from)
            {
                Warn(end!, $"De einddatum {endText} ligt vóór de begindatum {startText}; de tekst is bewaard.",
                    $"The end date {endText} is before the start date {startText}; the text is kept.");
                return null;
            }
            var startPrec = Take(In(scope, "production.date.start.prec").FirstOrDefault());
            var endPrec = Take(In(scope, "production.date.end.prec").FirstOrDefault());
            start?.MarkUsed();
            end?.MarkUsed();
            var circa = IsCirca(startPrec) || IsCirca(endPrec);
            return new HistoricalDate(from, to, DatingText(startPrec, startText, endPrec, endText), circa ? DatePrecision.Circa : DatePrecision.Exact);
        }
        foreach (var scope in scopes)
            foreach (var period in In(scope, "production.period"))
                if (period.Values.FirstOrDefault(v => v.Text.Length > 0) is { } text && HistoricalDate.Parse(text.Text) is { } parsed)
                {
                    text.Used = true;
                    return parsed;
                }
        return null;
    }

    private static bool IsCirca(string prec) => prec.Trim().ToLowerInvariant() is "circa" or "ca." or "ca" or "c." or "omstreeks";

    private static string DatingText(string startPrec, string start, string endPrec, string end)
    {
        var a = $"{startPrec} {start}".Trim();
        var b = $"{endPrec} {end}".Trim();
        if (start == end) return startPrec.Length > 0 ? a : b;
        return start.Length == 0 ? b : end.Length == 0 ? a : $"{a} - {b}";
    }

    private int? NumberOfParts()
    {
        foreach (var scope in scopes)
            foreach (var node in In(scope, "number_of_parts"))
            {
                if (node.Values.FirstOrDefault(v => v.Text.Length > 0) is not { } value) continue;
                if (int.TryParse(value.Text, System.Globalization.CultureInfo.InvariantCulture, out var parts) && parts > 0)
                {
                    value.Used = true;
                    return parts;
                }
                Warn(node, $"Aantal delen '{value.Text}' is geen geheel getal; de tekst is bewaard.",
                    $"Number of parts '{value.Text}' is not a whole number; the text is kept.");
                return null;
            }
        return null;
    }
}
