using System.Text.Json;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Lookup;

// ToLower() inside the queries is translated to SQL lower(); no .NET culture is involved.
#pragma warning disable CA1304, CA1311

/// <summary>
/// Finds agents, places, locations and concepts of one organisation by what somebody types:
/// labels that start with the text first, then labels that contain it; concepts by their Dutch
/// and English preferred labels and their alternative labels, from the thesauri meant for the field.
/// </summary>
public sealed partial class AuthorityLookup(DepotDatabase database)
{
    public const int DefaultLimit = 12;

    public async Task<LookupResult> SearchAsync(long organisationId, LookupKind kind, string text, ThesaurusPurpose? purpose,
        string language, CancellationToken ct, int limit = DefaultLimit)
    {
        var q = (text ?? "").Trim().ToLowerInvariant();
        if (q.Length == 0) return new LookupResult([]);
        limit = Math.Clamp(limit, 1, 50);
        await using var db = database.CreateContext();
        return kind switch
        {
            LookupKind.Concept => await ConceptsAsync(db, organisationId, q, purpose, language, limit, ct),
            LookupKind.Agent => new LookupResult(Rank(await db.Agents
                .Where(a => a.OrganisationId == organisationId && !a.IsDeleted && EF.Functions.Like(a.Name.ToLower(), Contains(q), Escape))
                .OrderBy(a => a.Name).Take(Scan).Select(a => new LookupOption(a.Id, a.Name, ""))
                .ToListAsync(ct), q, limit)),
            LookupKind.Place => new LookupResult(Rank(await db.Places
                .Where(p => p.OrganisationId == organisationId && !p.IsDeleted && EF.Functions.Like(p.Name.ToLower(), Contains(q), Escape))
                .OrderBy(p => p.Name).Take(Scan).Select(p => new LookupOption(p.Id, p.Name, ""))
                .ToListAsync(ct), q, limit)),
            LookupKind.Location => new LookupResult(await LocationsAsync(db, organisationId, q, limit, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>How many candidates are read before ranking: enough that prefix matches are among them.</summary>
    private const int Scan = 200;

    private const string Escape = "!";

    private static string Like(string q) => q.Replace("!", "!!", StringComparison.Ordinal)
        .Replace("%", "!%", StringComparison.Ordinal).Replace("_", "!_", StringComparison.Ordinal);

    private static string Contains(string q) => "%" + Like(q) + "%";

    private static List<LookupOption> Rank(IEnumerable<LookupOption> options, string q, int limit) =>
        options.OrderBy(o => o.Label.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(o => o.Label, StringComparer.CurrentCultureIgnoreCase).Take(limit).ToList();

    private static async Task<IReadOnlyList<LookupOption>> LocationsAsync(DepotDbContext db, long organisationId, string q, int limit, CancellationToken ct)
    {
        var found = await db.Locations
            .Where(l => l.OrganisationId == organisationId && !l.IsDeleted &&
                (EF.Functions.Like(l.Name.ToLower(), Contains(q), Escape) || EF.Functions.Like(l.Code.ToLower(), Contains(q), Escape)))
            .OrderBy(l => l.Code).Take(Scan).ToListAsync(ct);
        var paths = await LocationPaths.LoadAsync(db, organisationId, found, ct);
        return found
            .OrderBy(l => l.Name.StartsWith(q, StringComparison.OrdinalIgnoreCase) || l.Code.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(l => paths[l.Id], StringComparer.CurrentCultureIgnoreCase)
            .Take(limit).Select(l => new LookupOption(l.Id, paths[l.Id])).ToList();
    }

    /// <summary>The text as System.Text.Json writes it inside a JSON string, so it can be found in the alt-label column.</summary>
    private static string AsJsonText(string q)
    {
        var json = JsonSerializer.Serialize(q, DepotJson.Options);
        return json[1..^1].ToLowerInvariant();
    }
}
