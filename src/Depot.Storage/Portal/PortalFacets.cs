using System.Globalization;
using Depot.Core.Publishing;
using Depot.Storage.Search;

namespace Depot.Storage.Portal;

/// <summary>The portal's facets: what a public object is filed under, read from its public shape only.</summary>
public static class PortalFacets
{
    public const string Organisation = "organisation";
    public const string ObjectName = "objectName";
    public const string Maker = "maker";
    public const string Material = "material";
    public const string Century = "century";
    public const string Place = "place";
    public const string HasImage = "hasImage";
    public const string Licence = "licence";

    /// <summary>Not shown as facets: every agent (maker or depicted) and every concept an object uses, for the authority pages.</summary>
    public const string Agent = "agent";
    public const string Concept = "concept";

    /// <summary>The facets a search page shows, in order.</summary>
    public static readonly IReadOnlyList<string> Shown = [Organisation, ObjectName, Maker, Material, Century, Place, HasImage, Licence];

    public static readonly IReadOnlyList<string> All = [.. Shown, Agent, Concept];

    /// <summary>The facet rows of one public object (distinct by facet and key).</summary>
    public static IEnumerable<PortalTerm> Terms(PublicObject o)
    {
        var rows = new Dictionary<(string, string), PortalTerm>();
        void Add(string facet, string key, string nl, string en)
        {
            if (key.Length == 0) return;
            rows.TryAdd((facet, key), new PortalTerm { ObjectId = o.Id, OrganisationId = o.Organisation.Id, Facet = facet, ValueKey = Cut(key), LabelNl = Cut(nl), LabelEn = Cut(en.Length > 0 ? en : nl) });
        }
        void AddTerm(string facet, PublicTerm t) => Add(facet, Id(t.Id), t.LabelNl, t.LabelEn);

        Add(Organisation, o.Organisation.Slug, o.Organisation.Name, o.Organisation.Name);
        if (o.ObjectName is { } name) AddTerm(ObjectName, name);
        foreach (var m in o.Makers) Add(Maker, Id(m.Agent.Id), m.Agent.Name, m.Agent.Name);
        foreach (var m in o.Materials) AddTerm(Material, m);
        if (CenturyOf(o.Dating) is int century)
            Add(Century, century.ToString(CultureInfo.InvariantCulture), FacetLabels.Century(century, false), FacetLabels.Century(century, true));
        foreach (var s in o.Subjects.Where(s => s.Place is not null)) Add(Place, Id(s.Place!.Id), s.Place.Name, s.Place.Name);
        var image = o.Images.Count > 0;
        Add(HasImage, image ? "true" : "false", FacetLabels.HasImage(image, false), FacetLabels.HasImage(image, true));
        var licence = o.Rights.Licence.Trim();
        Add(Licence, licence, LicenceLabel(licence, false), LicenceLabel(licence, true));

        foreach (var a in o.Makers.Select(m => m.Agent).Concat(o.Subjects.Select(s => s.Agent).OfType<PublicAgent>()))
            Add(Agent, Id(a.Id), a.Name, a.Name);
        var concepts = new[] { o.ObjectName }.OfType<PublicTerm>().Concat(o.Materials).Concat(o.Techniques)
            .Concat(o.Subjects.Select(s => s.Concept).OfType<PublicTerm>());
        foreach (var c in concepts) AddTerm(Concept, c);
        return rows.Values;
    }

    /// <summary>17 for a dating that starts in 1601–1700; null without a year.</summary>
    public static int? CenturyOf(PublicDating? d) =>
        (d?.Earliest ?? d?.Latest) is int year ? (year > 0 ? (year - 1) / 100 + 1 : year / 100 - 1) : null;

    /// <summary>A short name for the licences the sector uses (Creative Commons, RightsStatements.org); otherwise the text as given.</summary>
    public static string LicenceLabel(string licence, bool english)
    {
        var l = licence.TrimEnd('/').ToLowerInvariant();
        if (l.Contains("creativecommons.org/publicdomain/zero", StringComparison.Ordinal)) return "CC0 1.0";
        if (l.Contains("creativecommons.org/publicdomain/mark", StringComparison.Ordinal)) return english ? "Public Domain Mark" : "Publiek domein";
        if (l.Contains("creativecommons.org/licenses/", StringComparison.Ordinal))
        {
            var parts = l[(l.IndexOf("/licenses/", StringComparison.Ordinal) + 10)..].Split('/');
            return parts.Length >= 2 ? $"CC {parts[0].ToUpperInvariant()} {parts[1]}" : "CC " + parts[0].ToUpperInvariant();
        }
        if (l.Contains("rightsstatements.org/vocab/inc", StringComparison.Ordinal)) return english ? "In copyright" : "Auteursrechtelijk beschermd";
        if (l.Contains("rightsstatements.org/vocab/noc", StringComparison.Ordinal)) return english ? "No copyright" : "Geen auteursrecht";
        return licence;
    }

    /// <summary>The words a public object is found by: its public text in both languages.</summary>
    public static string Text(PublicObject o) => string.Join(' ',
        new[] { o.ObjectNumber, o.ShortDescription, o.Organisation.Name, o.Dating?.Text ?? "" }
            .Concat(o.Titles.Select(t => t.Text))
            .Concat(new[] { o.ObjectName }.OfType<PublicTerm>().Concat(o.Materials).Concat(o.Techniques).SelectMany(t => new[] { t.LabelNl, t.LabelEn }))
            .Concat(o.Makers.Select(m => m.Agent.Name))
            .Concat(o.Subjects.SelectMany(s => new[] { s.Label("nl"), s.Label("en") }))
            .Concat(o.Inscriptions.Select(i => i.Text))
            .Where(s => s.Length > 0));

    /// <summary>The title's sort key: lower case, at most 200 characters.</summary>
    public static string SortKey(PublicObject o)
    {
        var title = o.DisplayTitle.Trim().ToLowerInvariant();
        return title.Length > 200 ? title[..200] : title;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string s) => s.Length > 500 ? s[..500] : s;
}
