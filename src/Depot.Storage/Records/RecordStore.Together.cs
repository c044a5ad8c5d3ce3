using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

// Several records written in one transaction (a movement and the object it moves; an inventory
// and its item rows): each write keeps the same rules as a single one — validation, derived
// rows, a version row — and either all of them are saved or none.
public sealed partial class RecordStore
{
    public async Task<TResult> InTransactionAsync<TResult>(Func<RecordTransaction, Task<TResult>> work, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work(new RecordTransaction(this, db, clock, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>The writes of one <see cref="InTransactionAsync{TResult}"/>; valid only inside it.</summary>
    public sealed class RecordTransaction
    {
        private readonly RecordStore _store;
        private readonly TimeProvider _clock;
        private readonly CancellationToken _ct;

        internal RecordTransaction(RecordStore store, DepotDbContext db, TimeProvider clock, CancellationToken ct)
        {
            _store = store;
            Db = db;
            _clock = clock;
            _ct = ct;
        }

        /// <summary>The transaction's context, for reads and for rows that are not versioned records.</summary>
        public DepotDbContext Db { get; }

        public async Task<T> CreateAsync<T>(long organisationId, T record, Actor actor, string note = "") where T : class, IVersionedRecord
        {
            SetOrganisation(record, organisationId);
            var now = _clock.GetUtcNow();
            record.Version = 1;
            record.IsDeleted = false;
            record.CreatedAt = now;
            record.UpdatedAt = now;
            record.UpdatedBy = actor.Name;
            await _store.PrepareAsync(Db, organisationId, record, actor, _ct);
            await ValidateAsync(Db, organisationId, record, _ct);
            Db.Add(record);
            BeforeSave(Db, record);
            await SaveAsync(Db, record, _ct);
            await _store.AfterSaveAsync(Db, record, actor, _ct);
            AddVersion(Db, record, ChangeKind.Created, actor, note, previousSnapshot: null);
            await Db.SaveChangesAsync(_ct);
            Db.Entry(record).State = EntityState.Detached;
            return record;
        }

        /// <summary>Reads a record of the organisation for changing it (not deleted ones unless asked).</summary>
        public async Task<T> GetAsync<T>(long organisationId, long id, bool includeDeleted = false) where T : class, IVersionedRecord =>
            await Db.Set<T>().AsNoTracking()
                .SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Id == id && (includeDeleted || !r.IsDeleted), _ct)
            ?? throw new RecordNotFoundException(RecordKinds.Of<T>(), id);

        /// <summary>
        /// Applies <paramref name="change"/> to the stored record and saves it as the next version.
        /// The version check is in SQL, so a concurrent writer makes this throw <see cref="StaleEditException"/>.
        /// </summary>
        public Task<T> UpdateAsync<T>(long organisationId, long id, Actor actor, Action<T> change, string note = "", int? expectedVersion = null)
            where T : class, IVersionedRecord =>
            WriteAsync(organisationId, id, actor, change, note, expectedVersion, ChangeKind.Updated);

        /// <summary>Brings a deleted record back as its next version, like <see cref="RecordStore.UndeleteAsync{T}"/>.</summary>
        public Task<T> UndeleteAsync<T>(long organisationId, long id, Actor actor, string note = "")
            where T : class, IVersionedRecord =>
            WriteAsync<T>(organisationId, id, actor, r => r.IsDeleted = false, note, null, ChangeKind.Undeleted);

        /// <summary>Soft-deletes the record as its next version, like <see cref="RecordStore.DeleteAsync{T}"/>.</summary>
        public Task<T> DeleteAsync<T>(long organisationId, long id, Actor actor, string note = "", int? expectedVersion = null)
            where T : class, IVersionedRecord =>
            WriteAsync<T>(organisationId, id, actor, r => r.IsDeleted = true, note, expectedVersion, ChangeKind.Deleted);

        private async Task<T> WriteAsync<T>(long organisationId, long id, Actor actor, Action<T> change, string note, int? expectedVersion, ChangeKind kind)
            where T : class, IVersionedRecord
        {
            var stored = await GetAsync<T>(organisationId, id, includeDeleted: kind == ChangeKind.Undeleted);
            await GuardHarvestedAsync<T>(Db, organisationId, [id], actor, _ct);
            var version = stored.Version;
            if (expectedVersion is int expected && expected != version)
                throw await StaleAsync(Db, organisationId, stored, expected, _ct);
            var previousSnapshot = DepotJson.Serialize(stored);
            change(stored);
            stored.Id = id;
            stored.OrganisationId = organisationId;
            stored.Version = version + 1;
            stored.UpdatedAt = _clock.GetUtcNow();
            stored.UpdatedBy = actor.Name;
            if (kind == ChangeKind.Deleted) CheckDeletable(stored);
            else
            {
                await _store.PrepareAsync(Db, organisationId, stored, actor, _ct);
                await ValidateAsync(Db, organisationId, stored, _ct);
            }
            var entry = Db.Attach(stored);
            entry.State = EntityState.Modified;
            entry.Property(r => r.Version).OriginalValue = version;
            BeforeSave(Db, stored);
            try
            {
                await SaveAsync(Db, stored, _ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new StaleEditException(RecordKinds.Of<T>(), id, version, version + 1, "?", _clock.GetUtcNow());
            }
            await _store.AfterSaveAsync(Db, stored, actor, _ct);
            AddVersion(Db, stored, kind, actor, note, previousSnapshot);
            await Db.SaveChangesAsync(_ct);
            entry.State = EntityState.Detached;
            return stored;
        }
    }
}
