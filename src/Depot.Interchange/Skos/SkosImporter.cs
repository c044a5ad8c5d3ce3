using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Interchange.Skos;

/// <summary>How to import: into which thesaurus, and what it is for.</summary>
/// <param name="SchemeId">An existing thesaurus of the organisation; else the file's scheme URI finds or creates one.</param>
/// <param name="Purpose">Sets the thesaurus' purpose (new or existing); null leaves an existing one alone.</param>
/// <param name="FallbackTitle">Title for a new thesaurus when the file names none (e.g. the file name).</param>
public sealed record SkosImportOptions(long? SchemeId = null, ThesaurusPurpose? Purpose = null, string FallbackTitle = "");

public sealed record SkosImportReport(long SchemeId, string SchemeTitle, int Created, int Updated, int Unchanged, IReadOnlyList<SkosImportWarning> Warnings)
{
    public int Total => Created + Updated + Unchanged;
}

/// <summary>
/// Imports a SKOS thesaurus into one concept scheme of an organisation. Concepts are matched by
/// URI, so a re-import updates in place and writes a version only for concepts that changed.
/// Parents are written before their children, so every new concept is created once, with its
/// broader term already set.
/// </summary>
public sealed partial class SkosImporter(DepotDatabase database, RecordStore records, TimeProvider clock)
{
    public delegate Task ProgressCallback(long done, long total, CancellationToken ct);

    public async Task<SkosImportReport> ImportAsync(long organisationId, SkosDocument document, SkosImportOptions options,
        Actor actor, CancellationToken ct, ProgressCallback? progress = null)
    {
        var warnings = new List<SkosImportWarning>();
        var scheme = await ResolveSchemeAsync(organisationId, document, options, ct);
        var inverse = SkosMapping.BroaderFromNarrower(document.Concepts);
        var drafts = new Dictionary<string, ConceptDraft>(StringComparer.Ordinal);
        foreach (var c in document.Concepts)
            if (SkosMapping.Map(c, inverse, warnings) is { } d) drafts[d.Uri] = d;

        var existing = await LoadByUriAsync(organisationId, ct);
        var ordered = ParentsFirst(drafts, warnings);
        int created = 0, updated = 0, unchanged = 0, done = 0;
        foreach (var d in ordered)
        {
            ct.ThrowIfCancellationRequested();
            long? broaderId = null;
            if (d.BroaderUri is { } b)
            {
                if (existing.TryGetValue(b, out var parent)) broaderId = parent.Id;
                else warnings.Add(new(d.Uri, "broader.unknown", $"Onbekende bredere term {b}: het concept staat zonder bredere term.",
                    $"Unknown broader term {b}: the concept has no broader term."));
            }
            var draft = new Concept
            {
                SchemeId = scheme.Id,
                Uri = d.Uri,
                PrefLabelNl = Clip(d.PrefLabelNl),
                PrefLabelEn = Clip(d.PrefLabelEn),
                AltLabels = [.. d.AltLabels],
                ScopeNote = d.ScopeNote,
                BroaderId = broaderId,
                ExactMatches = [.. d.ExactMatches],
                CloseMatches = [.. d.CloseMatches],
            };
            if (existing.TryGetValue(d.Uri, out var stored))
            {
                if (SkosMapping.Same(stored, draft))
                {
                    unchanged++;
                }
                else
                {
                    draft.Id = stored.Id;
                    existing[d.Uri] = await records.UpdateAsync(organisationId, draft, stored.Version, actor, ct, "SKOS-import");
                    updated++;
                }
            }
            else
            {
                existing[d.Uri] = await records.CreateAsync(organisationId, draft, actor, ct, "SKOS-import");
                created++;
            }
            if (progress is not null && (++done % 25 == 0 || done == ordered.Count)) await progress(done, ordered.Count, ct);
        }
        return new SkosImportReport(scheme.Id, scheme.TitleNl, created, updated, unchanged, warnings);
    }

    private static string Clip(string label) => label.Length <= 300 ? label : label[..300];

    /// <summary>The organisation's concepts that carry a URI, by URI (first wins if a URI was entered twice).</summary>
    private async Task<Dictionary<string, Concept>> LoadByUriAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var map = new Dictionary<string, Concept>(StringComparer.Ordinal);
        await foreach (var c in db.Concepts.AsNoTracking().Where(c => c.OrganisationId == organisationId && !c.IsDeleted && c.Uri != "")
                           .OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(ct))
            map.TryAdd(c.Uri, c);
        return map;
    }

    /// <summary>Orders drafts so a broader term comes before its narrower terms; a cycle is broken with a warning.</summary>
    private static List<ConceptDraft> ParentsFirst(Dictionary<string, ConceptDraft> drafts, List<SkosImportWarning> warnings)
    {
        var ordered = new List<ConceptDraft>(drafts.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: placed
        foreach (var start in drafts.Values)
        {
            var path = new Stack<ConceptDraft>();
            var current = start;
            // Walk up to the first placed (or outside) ancestor, then place the path top-down.
            while (!state.ContainsKey(current.Uri))
            {
                state[current.Uri] = false;
                path.Push(current);
                if (current.BroaderUri is not { } up || !drafts.TryGetValue(up, out var parent)) break;
                if (state.TryGetValue(up, out var placed) && !placed)
                {
                    warnings.Add(new(current.Uri, "broader.cycle", $"De bredere term {up} maakt een kring: die verwijzing is weggelaten.",
                        $"The broader term {up} makes a cycle: that reference was left out."));
                    path.Pop();
                    current = current with { BroaderUri = null };
                    drafts[current.Uri] = current;
                    path.Push(current);
                    break;
                }
                current = parent;
            }
            while (path.Count > 0)
            {
                var d = path.Pop();
                state[d.Uri] = true;
                ordered.Add(drafts[d.Uri]);
            }
        }
        return ordered;
    }
}
