using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Sets;

/// <summary>Named searches: each person sees their own and the ones shared with the organisation.</summary>
public sealed class SavedSearchStore(DepotDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedSearch>> ListAsync(long organisationId, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.SavedSearches.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && (s.Shared || (actor.UserId != null && s.OwnerUserId == actor.UserId)))
            .OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);
    }

    public async Task<SavedSearch> CreateAsync(long organisationId, string name, string query, bool shared, Actor actor, CancellationToken ct)
    {
        var search = new SavedSearch
        {
            OrganisationId = organisationId,
            Name = name?.Trim() ?? "",
            Query = (query ?? "").TrimStart('?'),
            Shared = shared,
            OwnerUserId = actor.UserId,
            OwnerName = actor.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        var errors = new List<FieldError>();
        if (search.Name.Length == 0)
            errors.Add(new FieldError("name", "savedSearch.nameRequired", "Geef de zoekopdracht een naam.", "Give the search a name."));
        if (search.Name.Length > ObjectSet.NameMaxLength)
            errors.Add(new FieldError("name", "savedSearch.nameTooLong", "Een naam is hoogstens 200 tekens lang.", "A name is at most 200 characters long."));
        if (search.Query.Length > SavedSearch.QueryMaxLength)
            errors.Add(new FieldError("query", "savedSearch.queryTooLong", "Deze zoekopdracht is te lang om te bewaren.", "This search is too long to save."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        await using var db = database.CreateContext();
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(ct);
        return search;
    }

    /// <summary>Deletes a saved search: its owner may, and an organisation admin may delete a shared one. False when not found or not allowed.</summary>
    public async Task<bool> DeleteAsync(long organisationId, long id, Actor actor, bool isAdmin, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.SavedSearches
            .Where(s => s.OrganisationId == organisationId && s.Id == id)
            .Where(s => (actor.UserId != null && s.OwnerUserId == actor.UserId) || (isAdmin && s.Shared))
            .ExecuteDeleteAsync(ct) == 1;
    }
}
