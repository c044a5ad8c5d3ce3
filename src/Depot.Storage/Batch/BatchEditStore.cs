using System.Globalization;
using Depot.Core.Registration.Batch;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Batch;

/// <summary>Starts batch edits and their undo as durable jobs, and lists them.</summary>
public sealed class BatchEditStore(DepotDatabase database, TimeProvider clock)
{
    public const string EditKind = "batch.edit";
    public const string UndoKind = "batch.undo";

    public async Task<IReadOnlyList<BatchEdit>> ListAsync(long organisationId, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.BatchEdits.AsNoTracking().Where(b => b.OrganisationId == organisationId)
            .OrderByDescending(b => b.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
    }

    public async Task<BatchEdit?> FindAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.BatchEdits.AsNoTracking().SingleOrDefaultAsync(b => b.OrganisationId == organisationId && b.Id == id, ct);
    }

    /// <summary>
    /// Freezes the set's current objects (each with its version now) and queues the job that changes
    /// them. Null when the set does not exist in the organisation.
    /// </summary>
    public async Task<BatchEdit?> StartAsync(long organisationId, long setId, BatchChange change, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = change.Validate().ToList();
        await using var db = database.CreateContext();
        var set = await db.ObjectSets.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == setId, ct);
        if (set is null) return null;
        var label = change.Value;
        if (change.ConceptId is long conceptId)
        {
            var concept = await db.Concepts.AsNoTracking()
                .SingleOrDefaultAsync(c => c.OrganisationId == organisationId && c.Id == conceptId && !c.IsDeleted, ct);
            if (concept is null)
                errors.Add(new FieldError("value", "concept.unknown",
                    $"Term {conceptId} bestaat niet in de thesauri van deze organisatie. Kies een term uit de lijst.",
                    $"Term {conceptId} does not exist in this organisation's thesauri. Pick a term from the list."));
            else label = concept.PrefLabelNl;
        }
        var count = await db.ObjectSetMembers.LongCountAsync(m => m.SetId == setId && m.OrganisationId == organisationId, ct);
        if (count == 0)
            errors.Add(new FieldError("set", "batch.empty", "Er zitten geen objecten in deze selectie.", "There are no objects in this selection."));
        if (count > BatchEdit.MaxObjects)
            errors.Add(new FieldError("set", "batch.tooMany",
                string.Create(CultureInfo.InvariantCulture, $"Een batchbewerking omvat hoogstens 100.000 objecten; deze selectie heeft er {count}."),
                string.Create(CultureInfo.InvariantCulture, $"A batch edit covers at most 100,000 objects; this selection has {count}.")));
        var harvested = await db.ObjectSetMembers.Where(m => m.SetId == setId && m.OrganisationId == organisationId)
            .Join(db.HarvestedRecords, m => m.ObjectId, h => h.ObjectId, (m, h) => h.SourceId)
            .Join(db.HarvestSources, id => id, s => s.Id, (id, s) => s.Name).Distinct().Take(3).ToListAsync(ct);
        if (harvested.Count > 0)
            errors.Add(new FieldError("set", "batch.harvested",
                $"Deze selectie bevat geoogste objecten (uit {string.Join(", ", harvested)}): die zijn alleen-lezen. Haal ze uit de selectie.",
                $"This selection holds harvested objects (from {string.Join(", ", harvested)}): they are read-only. Remove them from the selection."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var batch = new BatchEdit
        {
            OrganisationId = organisationId,
            Field = change.Field,
            Operation = change.Operation,
            Value = change.Value,
            ValueLabel = label,
            Source = set.Name,
            UserId = actor.UserId,
            UserName = actor.Name,
            State = BatchEditState.Queued,
            CreatedAt = now,
        };
        db.BatchEdits.Add(batch);
        await db.SaveChangesAsync(ct);
        var pending = nameof(BatchItemOutcome.Pending);
        var none = nameof(BatchUndoOutcome.None);
        batch.Total = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO batch_edit_items (batch_edit_id, object_id, version_before, version_after, outcome, undo_outcome, before)
            SELECT {batch.Id}, o.id, o.version, NULL, {pending}, {none}, '' FROM objects o
            WHERE o.organisation_id = {organisationId} AND o.is_deleted = {false}
              AND o.id IN (SELECT m.object_id FROM object_set_members m WHERE m.set_id = {setId} AND m.organisation_id = {organisationId})
            """, ct);
        batch.JobId = await EnqueueAsync(db, EditKind, batch, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return batch;
    }

    /// <summary>Queues the undo of a finished batch. Null when there is no such batch; a validation error when it cannot be undone now.</summary>
    public async Task<BatchEdit?> StartUndoAsync(long organisationId, long id, Actor actor, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.BatchEdits.AsTracking().SingleOrDefaultAsync(b => b.OrganisationId == organisationId && b.Id == id, ct);
        if (batch is null) return null;
        if (batch.State != BatchEditState.Done)
            throw new ValidationFailedException([new FieldError("state", "batch.notUndoable",
                "Alleen een afgewerkte batchbewerking kan ongedaan gemaakt worden, en maar één keer.",
                "Only a finished batch edit can be undone, and only once.")]);
        var now = clock.GetUtcNow();
        await db.BatchEditItems.Where(i => i.BatchEditId == id && i.Outcome == BatchItemOutcome.Changed)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UndoOutcome, BatchUndoOutcome.Pending), ct);
        batch.State = BatchEditState.Undoing;
        batch.UndoneBy = actor.Name;
        batch.UndoJobId = await EnqueueAsync(db, UndoKind, batch, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return batch;
    }

    /// <summary>The objects of a batch that were skipped (changed by someone else), for the report.</summary>
    public async Task<IReadOnlyList<long>> SkippedAsync(long organisationId, long id, bool undo, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var items = db.BatchEditItems.Where(i => i.BatchEditId == id && db.BatchEdits.Any(b => b.Id == id && b.OrganisationId == organisationId));
        items = undo ? items.Where(i => i.UndoOutcome == BatchUndoOutcome.Skipped) : items.Where(i => i.Outcome == BatchItemOutcome.Skipped);
        return await items.OrderBy(i => i.ObjectId).Select(i => i.ObjectId).Take(take).ToListAsync(ct);
    }

    private static async Task<long> EnqueueAsync(DepotDbContext db, string kind, BatchEdit batch, DateTimeOffset now, CancellationToken ct)
    {
        var job = new BackgroundJob
        {
            Kind = kind,
            OrganisationId = batch.OrganisationId,
            Payload = DepotJson.Serialize(new BatchJobPayload(batch.Id)),
            State = JobState.Queued,
            Total = batch.Total,
            CreatedAt = now,
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }
}

/// <summary>What a batch job's payload holds.</summary>
public sealed record BatchJobPayload(long BatchEditId);
