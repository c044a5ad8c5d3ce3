using Depot.Core;
using Depot.Core.History;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

/// <summary>
/// Creates, changes, deletes and restores versioned records of one organisation. Every write
/// runs in one transaction that also writes the version row, the facet rows and the search
/// index: a record is saved whole or not at all.
/// </summary>
public sealed partial class RecordStore(DepotDatabase database, TimeProvider clock)
{
    public async Task<T?> FindAsync<T>(long organisationId, long id, CancellationToken ct, bool includeDeleted = false)
        where T : class, IVersionedRecord
    {
        await using var db = database.CreateContext();
        return await db.Set<T>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Id == id && (includeDeleted || !r.IsDeleted), ct);
    }

    public async Task<T> GetAsync<T>(long organisationId, long id, CancellationToken ct, bool includeDeleted = false)
        where T : class, IVersionedRecord =>
        await FindAsync<T>(organisationId, id, ct, includeDeleted) ?? throw new RecordNotFoundException(RecordKinds.Of<T>(), id);

    public async Task<T> CreateAsync<T>(long organisationId, T record, Actor actor, CancellationToken ct, string note = "")
        where T : class, IVersionedRecord
    {
        if (record.OrganisationId != 0 && record.OrganisationId != organisationId)
            throw new InvalidOperationException("A record is created in the organisation of the route, not another one.");
        SetOrganisation(record, organisationId);
        var now = clock.GetUtcNow();
        record.Version = 1;
        record.IsDeleted = false;
        record.CreatedAt = now;
        record.UpdatedAt = now;
        record.UpdatedBy = actor.Name;

        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await PrepareAsync(db, organisationId, record, actor, ct);
        await ValidateAsync(db, organisationId, record, ct);
        db.Add(record);
        BeforeSave(db, record);
        await SaveAsync(db, record, ct);
        await AfterSaveAsync(db, record, actor, ct);
        AddVersion(db, record, ChangeKind.Created, actor, note, previousSnapshot: null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return record;
    }

    /// <summary>Replaces the stored record by <paramref name="record"/> if it is still at <paramref name="expectedVersion"/>.</summary>
    public Task<T> UpdateAsync<T>(long organisationId, T record, int expectedVersion, Actor actor, CancellationToken ct, string note = "")
        where T : class, IVersionedRecord =>
        WriteAsync<T>(organisationId, record.Id, expectedVersion, actor, ChangeKind.Updated, note, _ => record, ct);

    public Task<T> DeleteAsync<T>(long organisationId, long id, int expectedVersion, Actor actor, CancellationToken ct, string note = "")
        where T : class, IVersionedRecord =>
        WriteAsync<T>(organisationId, id, expectedVersion, actor, ChangeKind.Deleted, note, stored =>
        {
            stored.IsDeleted = true;
            return stored;
        }, ct);

    public Task<T> UndeleteAsync<T>(long organisationId, long id, int expectedVersion, Actor actor, CancellationToken ct)
        where T : class, IVersionedRecord =>
        WriteAsync<T>(organisationId, id, expectedVersion, actor, ChangeKind.Undeleted, "", stored =>
        {
            stored.IsDeleted = false;
            return stored;
        }, ct);

    /// <summary>Makes an old version the current one, as a new version (history only grows).</summary>
    public async Task<T> RestoreAsync<T>(long organisationId, long id, int version, int expectedVersion, Actor actor, CancellationToken ct)
        where T : class, IVersionedRecord
    {
        var old = await new HistoryStore(database).GetVersionAsync(organisationId, RecordKinds.Of<T>(), id, version, ct)
            ?? throw new RecordNotFoundException(RecordKinds.Of<T>(), id);
        var snapshot = DepotJson.Deserialize<T>(old.Snapshot);
        return await WriteAsync<T>(organisationId, id, expectedVersion, actor, ChangeKind.Restored, $"version {version}", stored =>
        {
            snapshot.IsDeleted = stored.IsDeleted;
            return snapshot;
        }, ct);
    }

    private async Task<T> WriteAsync<T>(long organisationId, long id, int expectedVersion, Actor actor, ChangeKind change,
        string note, Func<T, T> apply, CancellationToken ct)
        where T : class, IVersionedRecord
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var stored = await db.Set<T>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Id == id, ct)
            ?? throw new RecordNotFoundException(RecordKinds.Of<T>(), id);
        await GuardHarvestedAsync<T>(db, organisationId, [id], actor, ct);
        if (stored.IsDeleted && change is ChangeKind.Updated or ChangeKind.Deleted)
            throw new RecordNotFoundException(RecordKinds.Of<T>(), id);
        if (stored.Version != expectedVersion)
            throw await StaleAsync(db, organisationId, stored, expectedVersion, ct);

        var previousSnapshot = DepotJson.Serialize(stored);
        var createdAt = stored.CreatedAt;
        var record = apply(stored);
        if (change == ChangeKind.Deleted) CheckDeletable(record);
        SetId(record, id);
        SetOrganisation(record, organisationId);
        record.CreatedAt = createdAt;
        record.Version = expectedVersion + 1;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.Name;
        if (!record.IsDeleted)
        {
            await PrepareAsync(db, organisationId, record, actor, ct);
            await ValidateAsync(db, organisationId, record, ct);
        }

        var entry = db.Attach(record);
        entry.State = EntityState.Modified;
        entry.Property(r => r.Version).OriginalValue = expectedVersion;
        BeforeSave(db, record);
        try
        {
            await SaveAsync(db, record, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Somebody committed between our read and our write: the version check in SQL caught it.
            await tx.RollbackAsync(ct);
            await using var fresh = database.CreateContext();
            var current = await fresh.Set<T>().AsNoTracking().SingleAsync(r => r.OrganisationId == organisationId && r.Id == id, ct);
            throw await StaleAsync(fresh, organisationId, current, expectedVersion, ct);
        }
        await AfterSaveAsync(db, record, actor, ct);
        AddVersion(db, record, change, actor, note, previousSnapshot);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return record;
    }

    private static async Task<StaleEditException> StaleAsync<T>(DepotDbContext db, long organisationId, T current, int expectedVersion, CancellationToken ct)
        where T : class, IVersionedRecord
    {
        var type = RecordKinds.Of<T>();
        var last = await db.RecordVersions.AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.RecordType == type && v.RecordId == current.Id)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        return new StaleEditException(type, current.Id, expectedVersion, current.Version,
            last?.ChangedBy ?? current.UpdatedBy, last?.ChangedAt ?? current.UpdatedAt);
    }

    private static async Task SaveAsync<T>(DepotDbContext db, T record, CancellationToken ct) where T : class, IVersionedRecord
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && IsUniqueViolation(ex))
        {
            // The unique index is the second lock behind ValidateAsync: two writers raced.
            throw new ValidationFailedException([UniqueViolation(record)]);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true ||
        ex.InnerException is Npgsql.PostgresException { SqlState: "23505" };

    private static void AddVersion<T>(DepotDbContext db, T record, ChangeKind change, Actor actor, string note, string? previousSnapshot)
        where T : class, IVersionedRecord
    {
        var snapshot = DepotJson.Serialize(record);
        db.RecordVersions.Add(new RecordVersion
        {
            OrganisationId = record.OrganisationId,
            RecordType = RecordKinds.Of<T>(),
            RecordId = record.Id,
            Version = record.Version,
            Change = change,
            UserId = actor.UserId,
            ChangedBy = actor.Name,
            ChangedAt = record.UpdatedAt,
            Note = note,
            ChangedFields = previousSnapshot is null ? [] : SnapshotDiff.ChangedFields(previousSnapshot, snapshot),
            Snapshot = snapshot,
        });
    }
}
