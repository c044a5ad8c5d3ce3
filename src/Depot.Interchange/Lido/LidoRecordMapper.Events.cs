using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

internal sealed partial class LidoRecordMapper
{
    /// <summary>Production (or creation) events: their actors are the makers, their date the dating.</summary>
    private IEnumerable<XElement> ProductionEvents(XElement? descriptive)
    {
        foreach (var e in All(descriptive, "eventWrap", "eventSet", "event"))
        {
            var type = El(e, "eventType");
            var skos = type?.Element(LidoNames.SkosNs + "Concept");
            var ids = Els(type, "conceptID").Select(OwnText).Append(skos?.Attribute(LidoNames.RdfNs + "about")?.Value.Trim() ?? "");
            var labels = Els(type, "term").Concat(skos?.Elements(LidoNames.SkosNs + "prefLabel") ?? []).Select(OwnText);
            var isProduction = ids.Any(id => id.EndsWith("lido00007", StringComparison.Ordinal) || id.EndsWith("lido00012", StringComparison.Ordinal) || id.EndsWith("aat/300054713", StringComparison.Ordinal))
                || labels.Any(t => ProductionTerm().IsMatch(t));
            if (!isProduction) continue;
            foreach (var t in Els(type, "term")) Take(t);
            foreach (var l in skos?.Elements(LidoNames.SkosNs + "prefLabel") ?? []) Take(l);
            foreach (var c in Els(type, "conceptID")) { Take(c); TakeAttr(c, "type"); TakeAttr(c, "source"); }
            if (skos?.Attribute(LidoNames.RdfNs + "about") is { } about) used.Add(about);
            yield return e;
        }
    }

    [GeneratedRegex(@"^(production|creation|herstellung|produktion|entstehung|vervaardiging|productie|creatie|fabrication|création)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProductionTerm();

    private List<SourceMaker> Makers(List<XElement> production)
    {
        var makers = new List<SourceMaker>();
        foreach (var role in production.SelectMany(e => All(e, "eventActor", "actorInRole")))
        {
            var agent = Agent(El(role, "actor"));
            if (agent is null) continue;
            var roleTerm = Els(role, "roleActor").Select(Concept).FirstOrDefault(t => t is not null && t.Label.Length > 0);
            var qualifier = Take(Els(role, "attributionQualifierActor").FirstOrDefault(HasText));
            makers.Add(new SourceMaker(agent, roleTerm?.Label ?? "", qualifier));
        }
        return makers;
    }

    /// <summary>A lido:actor as an agent with its ids; null when it has neither name nor id.</summary>
    private SourceAgent? Agent(XElement? actor)
    {
        if (actor is null) return null;
        var name = PreferredName(All(actor, "nameActorSet", "appellationValue"));
        var ids = ExternalIds(Els(actor, "actorID"));
        if (name is null && ids.Count == 0) return null;
        if (name is not null) TakeAttr(name, "pref");
        var kind = Attr(actor, "type") switch
        {
            null => (AgentKind?)null,
            var t when t.Contains("person", StringComparison.OrdinalIgnoreCase) || t.Contains("individual", StringComparison.OrdinalIgnoreCase) => AgentKind.Person,
            var t when t.Contains("corporat", StringComparison.OrdinalIgnoreCase) || t.Contains("organi", StringComparison.OrdinalIgnoreCase) || t.Contains("rperschaft", StringComparison.OrdinalIgnoreCase) => AgentKind.Organisation,
            _ => null,
        };
        if (kind is not null) TakeAttr(actor, "type");
        var vital = El(actor, "vitalDatesActor");
        return new SourceAgent(Take(name), kind ?? AgentKind.Person, ids, LifeDate(El(vital, "earliestDate")), LifeDate(El(vital, "latestDate")));
    }

    private HistoricalDate? LifeDate(XElement? e)
    {
        if (e is null || Year(OwnText(e)) is not int year) return null;
        return new HistoricalDate(year, year, Take(e));
    }

    /// <summary>The first production event's date: display text, earliest/latest years, circa.</summary>
    private HistoricalDate? Dating(List<XElement> production)
    {
        foreach (var eventDate in production.Select(e => El(e, "eventDate")).OfType<XElement>())
        {
            var display = Els(eventDate, "displayDate").FirstOrDefault(HasText);
            var date = El(eventDate, "date");
            var earliest = El(date, "earliestDate");
            var latest = El(date, "latestDate");
            int? from = earliest is null ? null : Year(OwnText(earliest));
            int? to = latest is null ? null : Year(OwnText(latest));
            if (from == 0 && to is 0 or null || to == 0 && from is null) (from, to) = (null, null); // "0" is a placeholder some exports write for "no date"
            var displayText = display is null ? "" : OwnText(display);
            if (from is null && to is null)
            {
                // Adlib-made LIDO writes "circa;1812;;": read the separators as spaces.
                if ((HistoricalDate.Parse(displayText) ?? HistoricalDate.Parse(string.Join(' ', displayText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))) is not { } parsed) continue;
                Take(display);
                return parsed;
            }
            var circa = IsCirca(earliest) || IsCirca(latest) || CircaText().IsMatch(displayText);
            try
            {
                var dating = new HistoricalDate(from, to, displayText, circa ? DatePrecision.Circa : DatePrecision.Exact);
                Take(display);
                if (from is not null) Take(earliest);
                if (to is not null) Take(latest);
                if (IsCirca(earliest)) TakeAttr(earliest!, "type");
                if (IsCirca(latest)) TakeAttr(latest!, "type");
                return dating;
            }
            catch (DomainException ex)
            {
                Issue(IssueSeverity.Warning, "lido:eventDate", ex.MessageNl, ex.MessageEn);
            }
        }
        return null;
    }

    private static bool IsCirca(XElement? e) =>
        e is not null && Attr(e, "type") is { } t && (t.Contains("circa", StringComparison.OrdinalIgnoreCase) || t.StartsWith("ca", StringComparison.OrdinalIgnoreCase) || t.Contains("estimated", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^\s*(ca\.?|c\.|circa|um|omstreeks|rond)\s", RegexOptions.IgnoreCase)]
    private static partial Regex CircaText();

    /// <summary>The year of an ISO 8601 date (YYYY, YYYY-MM-DD, -0500).</summary>
    private static int? Year(string text)
    {
        var m = YearPattern().Match(text.Trim());
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(-?\d{1,4})(?:-\d{1,2}(?:-\d{1,2})?)?(?:T.*)?$")]
    private static partial Regex YearPattern();

    /// <summary>termMaterialsTech of the production events and (LIDO 1.1) objectMaterialsTechWrap; untyped terms count as material.</summary>
    private (List<SourceTerm> Materials, List<SourceTerm> Techniques) MaterialsAndTechniques(XElement? identification, List<XElement> production)
    {
        var materials = new List<SourceTerm>();
        var techniques = new List<SourceTerm>();
        var terms = production.SelectMany(e => All(e, "eventMaterialsTech", "materialsTech", "termMaterialsTech"))
            .Concat(All(identification, "objectMaterialsTechWrap", "objectMaterialsTechSet", "materialsTech", "termMaterialsTech"));
        foreach (var tm in terms)
        {
            var type = Attr(tm, "type") ?? "";
            var isTechnique = type.Contains("techni", StringComparison.OrdinalIgnoreCase) || type.EndsWith("lido00131", StringComparison.Ordinal);
            var isMaterial = type.Length == 0 || type.Contains("materia", StringComparison.OrdinalIgnoreCase) || type.EndsWith("lido00132", StringComparison.Ordinal);
            if (!isTechnique && !isMaterial) continue;
            if (Concept(tm) is not { } term) continue;
            TakeAttr(tm, "type");
            (isTechnique ? techniques : materials).Add(term);
        }
        return (materials, techniques);
    }
}
