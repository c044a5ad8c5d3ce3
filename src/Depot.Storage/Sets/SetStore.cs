using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Sets;

/// <summary>A werkset in a list: its name, owner, size and last change.</summary>
public sealed record SetSummary(long Id, string Name, string Description, string OwnerName, long Count, DateTimeOffset UpdatedAt);

/// <summary>Werksets and personal selections of one organisation: create, rename, delete, and the sets' metadata.</summary>
public sealed partial class SetStore(DepotDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<SetSummary>> ListAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ObjectSets.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && s.Kind == ObjectSetKind.Werkset)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new SetSummary(s.Id, s.Name, s.Description, s.OwnerName,
                db.ObjectSetMembers.LongCount(m => m.SetId == s.Id), s.UpdatedAt))
            .ToListAsync(ct);
    }

    /// <summary>A set of the organisation (a werkset or a selection), or null.</summary>
    public async Task<ObjectSet?> FindAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ObjectSets.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == id, ct);
    }

    public async Task<ObjectSet> CreateAsync(long organisationId, string name, string description, Actor actor, CancellationToken ct)
    {
        var set = new ObjectSet
        {
            OrganisationId = organisationId,
            Kind = ObjectSetKind.Werkset,
            Name = name?.Trim() ?? "",
            Description = description?.Trim() ?? "",
            OwnerUserId = actor.UserId,
            OwnerName = actor.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        set.UpdatedAt = set.CreatedAt;
        Validate(set);
        await using var db = database.CreateContext();
        db.ObjectSets.Add(set);
        await db.SaveChangesAsync(ct);
        return set;
    }

    /// <summary>Renames a werkset or changes its description; null when there is no such set.</summary>
    public async Task<ObjectSet?> UpdateAsync(long organisationId, long id, string name, string description, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var set = await db.ObjectSets.AsTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == id && s.Kind == ObjectSetKind.Werkset, ct);
        if (set is null) return null;
        set.Name = name?.Trim() ?? "";
        set.Description = description?.Trim() ?? "";
        set.UpdatedAt = clock.GetUtcNow();
        Validate(set);
        await db.SaveChangesAsync(ct);
        return set;
    }

    /// <summary>Deletes a set and its membership rows (never the objects); false when there is no such set.</summary>
    public async Task<bool> DeleteAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var found = await db.ObjectSets.AnyAsync(s => s.OrganisationId == organisationId && s.Id == id, ct);
        if (!found) return false;
        await db.ObjectSetMembers.Where(m => m.SetId == id && m.OrganisationId == organisationId).ExecuteDeleteAsync(ct);
        await db.ObjectSets.Where(s => s.OrganisationId == organisationId && s.Id == id).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The person's own selection in this organisation, made on first use.</summary>
    public async Task<ObjectSet> SelectionAsync(long organisationId, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var mine = db.ObjectSets.Where(s => s.OrganisationId == organisationId && s.Kind == ObjectSetKind.Selection);
        mine = actor.UserId is long user ? mine.Where(s => s.OwnerUserId == user) : mine.Where(s => s.OwnerUserId == null && s.OwnerName == actor.Name);
        var found = await mine.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (found is not null) return found;
        var now = clock.GetUtcNow();
        var selection = new ObjectSet
        {
            OrganisationId = organisationId,
            Kind = ObjectSetKind.Selection,
            Name = "selectie",
            OwnerUserId = actor.UserId,
            OwnerName = actor.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.ObjectSets.Add(selection);
        await db.SaveChangesAsync(ct);
        return selection;
    }

    private static void Validate(ObjectSet set)
    {
        var errors = new List<FieldError>();
        if (set.Name.Length == 0)
            errors.Add(new FieldError("name", "set.nameRequired", "Geef de werkset een naam.", "Give the set a name."));
        if (set.Name.Length > ObjectSet.NameMaxLength)
            errors.Add(new FieldError("name", "set.nameTooLong", "Een naam is hoogstens 200 tekens lang.", "A name is at most 200 characters long."));
        if (set.Description.Length > 2000)
            errors.Add(new FieldError("description", "set.descriptionTooLong", "Een beschrijving is hoogstens 2000 tekens lang.", "A description is at most 2000 characters long."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
