using Depot.Core.Registration.Authorities;

namespace Depot.Interchange.Skos;

/// <summary>A problem the import noticed but worked around, in Dutch and English.</summary>
public sealed record SkosImportWarning(string ConceptUri, string Code, string Nl, string En);

/// <summary>What one SKOS concept becomes in Depot, before the broader reference is resolved to an id.</summary>
public sealed record ConceptDraft(string Uri, string PrefLabelNl, string PrefLabelEn, IReadOnlyList<string> AltLabels,
    string ScopeNote, string? BroaderUri, IReadOnlyList<string> ExactMatches, IReadOnlyList<string> CloseMatches);

/// <summary>
/// Picks Depot's fields from a SKOS concept: the Dutch label (nl-BE before nl before other nl
/// variants; an untagged label counts as Dutch), the English one, the rest as alternative labels,
/// one broader term (SKOS allows several; Depot keeps a tree), the scope note in Dutch first.
/// </summary>
public static class SkosMapping
{
    public static ConceptDraft? Map(SkosConcept c, IReadOnlyDictionary<string, string> broaderFromNarrower, List<SkosImportWarning> warnings)
    {
        var nl = Best(c.PrefLabels, Dutch);
        var en = Best(c.PrefLabels, English);
        if (nl is null && en is null)
        {
            var any = c.PrefLabels.FirstOrDefault();
            if (any is null)
            {
                warnings.Add(new(c.Uri, "prefLabel.missing", "Geen voorkeursterm (skos:prefLabel): het concept is overgeslagen.", "No preferred label (skos:prefLabel): the concept was skipped."));
                return null;
            }
            nl = any;
        }
        if (nl is null)
        {
            warnings.Add(new(c.Uri, "prefLabel.nl.missing", $"Geen Nederlandse voorkeursterm: de Engelse ('{en!.Text}') is overgenomen.",
                $"No Dutch preferred label: the English one ('{en.Text}') was used."));
            nl = en;
        }

        var alt = c.AltLabels.Where(l => Dutch(l.Language) >= 0 || English(l.Language) >= 0).Select(l => l.Text)
            .Concat(c.PrefLabels.Where(l => l != nl && l != en && (Dutch(l.Language) >= 0 || English(l.Language) >= 0)).Select(l => l.Text))
            .Where(t => t.Length > 0 && t != nl.Text && t != en?.Text)
            .Distinct(StringComparer.Ordinal).ToList();

        var notes = c.ScopeNotes.Where(n => Dutch(n.Language) >= 0).Select(n => n.Text).ToList();
        if (notes.Count == 0) notes = [.. c.ScopeNotes.Where(n => English(n.Language) >= 0).Select(n => n.Text)];

        var broader = c.Broader.Distinct(StringComparer.Ordinal).ToList();
        if (broader.Count == 0 && broaderFromNarrower.TryGetValue(c.Uri, out var parent)) broader.Add(parent);
        if (broader.Count > 1)
            warnings.Add(new(c.Uri, "broader.many", $"Meerdere bredere termen; alleen de eerste ({broader[0]}) is overgenomen.",
                $"Several broader terms; only the first ({broader[0]}) was kept."));

        return new ConceptDraft(c.Uri, nl.Text, en?.Text ?? "", alt, string.Join("\n\n", notes.Distinct(StringComparer.Ordinal)),
            broader.FirstOrDefault(), [.. c.ExactMatches.Distinct(StringComparer.Ordinal)], [.. c.CloseMatches.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>narrower statements turned round: child URI → parent URI (first one wins).</summary>
    public static IReadOnlyDictionary<string, string> BroaderFromNarrower(IEnumerable<SkosConcept> concepts)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in concepts)
            foreach (var child in c.Narrower)
                map.TryAdd(child, c.Uri);
        return map;
    }

    /// <summary>Whether <paramref name="stored"/> already says what <paramref name="draft"/> says (then no version is written).</summary>
    public static bool Same(Concept stored, Concept draft) =>
        stored.SchemeId == draft.SchemeId && stored.PrefLabelNl == draft.PrefLabelNl && stored.PrefLabelEn == draft.PrefLabelEn &&
        stored.ScopeNote == draft.ScopeNote && stored.BroaderId == draft.BroaderId &&
        stored.AltLabels.SequenceEqual(draft.AltLabels) && stored.ExactMatches.SequenceEqual(draft.ExactMatches) &&
        stored.CloseMatches.SequenceEqual(draft.CloseMatches);

    public static string Title(SkosScheme scheme, Func<string, int> language) =>
        Best(scheme.Titles, language)?.Text ?? "";

    private static SkosLabel? Best(IEnumerable<SkosLabel> labels, Func<string, int> rank) =>
        labels.Where(l => rank(l.Language) >= 0 && l.Text.Length > 0).OrderBy(l => rank(l.Language)).FirstOrDefault();

    /// <summary>0 for nl-BE (Flemish usage first), 1 for nl, 2 for untagged, 3 for other nl variants; -1 otherwise.</summary>
    public static int Dutch(string language) => language switch
    {
        "nl-be" => 0,
        "nl" => 1,
        "" => 2,
        _ when language.StartsWith("nl-", StringComparison.Ordinal) => 3,
        _ => -1,
    };

    public static int English(string language) => language switch
    {
        "en" => 0,
        "en-gb" => 1,
        _ when language.StartsWith("en-", StringComparison.Ordinal) => 2,
        _ => -1,
    };
}
