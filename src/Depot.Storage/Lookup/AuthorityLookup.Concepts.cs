using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Lookup;

public sealed partial class AuthorityLookup
{
    private static async Task<LookupResult> ConceptsAsync(DepotDbContext db, long organisationId, string q, ThesaurusPurpose? purpose,
        string language, int limit, CancellationToken ct)
    {
        var schemes = await db.ConceptSchemes.Where(s => s.OrganisationId == organisationId).ToListAsync(ct);
        var titles = schemes.ToDictionary(s => s.Id, s => language == "en" && s.TitleEn.Length > 0 ? s.TitleEn : s.TitleNl);
        var forField = purpose is null ? schemes : schemes.Where(s => s.Purpose == purpose || s.Purpose == ThesaurusPurpose.General).ToList();
        var found = forField.Count > 0 ? await MatchAsync(db, organisationId, q, forField.Select(s => s.Id).ToList(), ct) : [];
        var fromAll = false;
        if (found.Count == 0 && forField.Count < schemes.Count)
        {
            // The field's own thesauri know no such term: offer the others rather than nothing.
            found = await MatchAsync(db, organisationId, q, schemes.Select(s => s.Id).ToList(), ct);
            fromAll = found.Count > 0;
        }
        var options = found
            .OrderBy(c => StartsWith(c, q) ? 0 : 1)
            .ThenBy(c => c.Label(language), StringComparer.CurrentCultureIgnoreCase)
            .Take(limit)
            .Select(c => new LookupOption(c.Id, c.Label(language), Detail(c, q, language, titles.GetValueOrDefault(c.SchemeId, ""))))
            .ToList();
        return new LookupResult(options, fromAll);
    }

    private static async Task<List<Concept>> MatchAsync(DepotDbContext db, long organisationId, string q, List<long> schemeIds, CancellationToken ct)
    {
        var label = Contains(q);
        var alt = Contains(AsJsonText(q));
        // Alternative labels live in a JSON text column; matching its text finds a label inside it on both engines.
        return await db.Concepts.FromSqlInterpolated($"""
                SELECT * FROM concepts WHERE organisation_id = {organisationId}
                AND (lower(pref_label_nl) LIKE {label} ESCAPE '!' OR lower(pref_label_en) LIKE {label} ESCAPE '!' OR lower(alt_labels) LIKE {alt} ESCAPE '!')
                """)
            .Where(c => !c.IsDeleted && schemeIds.Contains(c.SchemeId))
            .OrderBy(c => c.PrefLabelNl).Take(Scan).ToListAsync(ct);
    }

    private static bool StartsWith(Concept c, string q) =>
        c.PrefLabelNl.StartsWith(q, StringComparison.OrdinalIgnoreCase) || c.PrefLabelEn.StartsWith(q, StringComparison.OrdinalIgnoreCase) ||
        c.AltLabels.Any(a => a.StartsWith(q, StringComparison.OrdinalIgnoreCase));

    /// <summary>The thesaurus, and the alternative label that matched when the preferred one did not.</summary>
    private static string Detail(Concept c, string q, string language, string scheme)
    {
        if (c.Label(language).Contains(q, StringComparison.OrdinalIgnoreCase)) return scheme;
        var alt = c.AltLabels.FirstOrDefault(a => a.Contains(q, StringComparison.OrdinalIgnoreCase))
            ?? (c.PrefLabelNl.Contains(q, StringComparison.OrdinalIgnoreCase) ? c.PrefLabelNl : c.PrefLabelEn);
        return scheme.Length > 0 ? $"{alt} · {scheme}" : alt;
    }
}
