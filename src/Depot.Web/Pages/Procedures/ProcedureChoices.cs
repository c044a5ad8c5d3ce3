using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Pages.Procedures;

/// <summary>One option of a select.</summary>
public sealed record SelectOption(long Id, string Label);

/// <summary>The agents and terms the procedure forms offer, and their labels on the detail pages.</summary>
public sealed class ProcedureChoices(IReadOnlyList<SelectOption> agents, IReadOnlyList<SelectOption> conditions, IReadOnlyList<SelectOption> methods, IReadOnlyDictionary<long, string> conceptLabels)
{
    private readonly Dictionary<long, string> _agents = agents.ToDictionary(a => a.Id, a => a.Label);

    public IReadOnlyList<SelectOption> Agents { get; } = agents;
    public IReadOnlyList<SelectOption> Conditions { get; } = conditions;
    public IReadOnlyList<SelectOption> AcquisitionMethods { get; } = methods;

    public string Agent(long? id) => id is long v && _agents.TryGetValue(v, out var name) ? name : "";

    public string Concept(long? id) => id is long v && conceptLabels.TryGetValue(v, out var label) ? label : "";

    /// <summary>
    /// Loads the organisation's agents and the terms of the thesauri meant for conditions and
    /// acquisition methods (or every general thesaurus when there is no dedicated one).
    /// </summary>
    public static async Task<ProcedureChoices> LoadAsync(DepotDatabase database, long organisationId, string language, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var agents = await db.Agents.AsNoTracking().Where(a => a.OrganisationId == organisationId && !a.IsDeleted)
            .OrderBy(a => a.Name).Select(a => new SelectOption(a.Id, a.Name)).ToListAsync(ct);
        var schemes = await db.ConceptSchemes.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .Select(s => new { s.Id, s.Purpose }).ToListAsync(ct);
        var wanted = new[] { ThesaurusPurpose.Condition, ThesaurusPurpose.AcquisitionMethod };
        var schemeIds = schemes.Where(s => wanted.Contains(s.Purpose) || s.Purpose == ThesaurusPurpose.General).Select(s => s.Id).ToList();
        var concepts = await db.Concepts.AsNoTracking().Where(c => c.OrganisationId == organisationId && schemeIds.Contains(c.SchemeId))
            .ToListAsync(ct);
        List<SelectOption> For(ThesaurusPurpose purpose)
        {
            var own = schemes.Where(s => s.Purpose == purpose).Select(s => s.Id).ToHashSet();
            var pick = own.Count > 0 ? own : schemes.Where(s => s.Purpose == ThesaurusPurpose.General).Select(s => s.Id).ToHashSet();
            return [.. concepts.Where(c => !c.IsDeleted && pick.Contains(c.SchemeId))
                .Select(c => new SelectOption(c.Id, c.Label(language))).OrderBy(o => o.Label, StringComparer.CurrentCulture)];
        }
        return new ProcedureChoices(agents, For(ThesaurusPurpose.Condition), For(ThesaurusPurpose.AcquisitionMethod),
            concepts.ToDictionary(c => c.Id, c => c.Label(language)));
    }
}
