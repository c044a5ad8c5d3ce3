using Depot.Core.Registration.Authorities;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;

namespace Depot.Interchange.Importing;

// Concepts: by id, then by label with the field's purpose preferred, else a new concept in the
// import thesaurus of that purpose.
internal sealed partial class AuthorityResolver
{
    /// <summary>The concept for this term, created in <paramref name="batch"/> when the organisation has none; null for an empty term.</summary>
    public long? Concept(SourceTerm? term, ThesaurusPurpose purpose, ImportBatch batch)
    {
        if (term is null) return null;
        foreach (var id in term.Ids)
            if (conceptById.TryGetValue(id.Trim(), out var hit)) return hit.Id;
        var label = term.Label.Trim();
        if (label.Length > 0 && conceptByLabel.TryGetValue(label, out var candidates))
            return (candidates.Find(c => c.Purpose == purpose) ?? candidates.Find(c => c.Purpose == ThesaurusPurpose.General) ?? candidates[0]).Id;
        if (label.Length == 0 && term.Ids.Count == 0) return null;

        var scheme = ImportScheme(purpose, batch);
        var uris = term.Ids.Select(i => i.Trim()).Where(i => i.StartsWith("http", StringComparison.OrdinalIgnoreCase)).ToList();
        var local = term.Ids.Select(i => i.Trim()).FirstOrDefault(i => !i.StartsWith("http", StringComparison.OrdinalIgnoreCase)) ?? "";
        var name = label.Length > 0 ? label : term.Ids[0];
        var english = term.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var created = new Concept
        {
            Id = --nextTemp, SchemeId = scheme.Id, Uri = local, PrefLabelNl = name, PrefLabelEn = english ? name : "",
            ExactMatches = uris,
        };
        batch.NewConcepts.Add(created);
        IndexConcept(new Ref(0, purpose, created), local, uris, [name]);
        return created.Id;
    }

    private void IndexConcept(Ref concept, string uri, IEnumerable<string> matches, IEnumerable<string> labels)
    {
        if (uri.Length > 0) conceptById.TryAdd(uri, concept);
        foreach (var m in matches) conceptById.TryAdd(m, concept);
        foreach (var label in labels.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!conceptByLabel.TryGetValue(label, out var list)) conceptByLabel[label] = list = [];
            list.Add(concept);
        }
    }

    /// <summary>The "Geïmporteerde termen" thesaurus of this purpose: the organisation's, or a new one in the batch.</summary>
    private ConceptScheme ImportScheme(ThesaurusPurpose purpose, ImportBatch batch)
    {
        if (importSchemes.TryGetValue(purpose, out var scheme)) return scheme;
        scheme = ImportSchemes.Create(purpose);
        scheme.Id = --nextTemp;
        batch.NewSchemes.Add(scheme);
        importSchemes[purpose] = scheme;
        return scheme;
    }
}

/// <summary>The thesauri that receive terms an import could not match, one per purpose.</summary>
internal static class ImportSchemes
{
    private const string Prefix = "urn:depot:imported-terms:";

    public static ThesaurusPurpose? PurposeOf(string uri) =>
        uri.StartsWith(Prefix, StringComparison.Ordinal) && Enum.TryParse<ThesaurusPurpose>(uri[Prefix.Length..], true, out var p) ? p : null;

    public static ConceptScheme Create(ThesaurusPurpose purpose)
    {
        var (nl, en) = purpose switch
        {
            ThesaurusPurpose.ObjectName => ("objectnamen", "object names"),
            ThesaurusPurpose.Material => ("materialen", "materials"),
            ThesaurusPurpose.Technique => ("technieken", "techniques"),
            ThesaurusPurpose.Subject => ("onderwerpen", "subjects"),
            ThesaurusPurpose.Condition => ("toestand", "condition"),
            ThesaurusPurpose.AcquisitionMethod => ("verwervingsmethoden", "acquisition methods"),
            _ => ("algemeen", "general"),
        };
        return new ConceptScheme
        {
            Uri = Prefix + purpose.ToString().ToLowerInvariant(), TitleNl = $"Geïmporteerde termen ({nl})", TitleEn = $"Imported terms ({en})",
            Purpose = purpose,
        };
    }
}
