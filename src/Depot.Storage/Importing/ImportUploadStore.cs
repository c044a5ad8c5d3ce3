using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Importing;

/// <summary>The organisation's uploaded import files and how far each got; every method is scoped to one organisation.</summary>
public sealed class ImportUploadStore(DepotDatabase database, TimeProvider clock)
{
    public async Task<ImportUpload> AddAsync(ImportUpload upload, CancellationToken ct)
    {
        upload.CreatedAt = clock.GetUtcNow();
        upload.Stage = ImportStage.Uploaded;
        await using var db = database.CreateContext();
        db.ImportUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return upload;
    }

    public async Task<ImportUpload?> FindAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ImportUploads.AsNoTracking().SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Id == id, ct);
    }

    /// <summary>One page of the organisation's imports, newest first, and how many there are.</summary>
    public async Task<(IReadOnlyList<ImportUpload> Rows, int Total)> ListAsync(long organisationId, int skip, int take, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var query = db.ImportUploads.AsNoTracking().Where(u => u.OrganisationId == organisationId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(u => u.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (rows, total);
    }

    public async Task SetMappingAsync(long organisationId, long id, string mappingJson, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await db.ImportUploads.Where(u => u.OrganisationId == organisationId && u.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.MappingJson, mappingJson), ct);
    }

    /// <summary>A run was queued: the dry run (<paramref name="dryRun"/>) or the import itself; the counts start again.</summary>
    public async Task StartAsync(long organisationId, long id, bool dryRun, long jobId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var rows = db.ImportUploads.Where(u => u.OrganisationId == organisationId && u.Id == id);
        await (dryRun
            ? rows.ExecuteUpdateAsync(s => s.SetProperty(u => u.CheckJobId, jobId).SetProperty(u => u.ImportJobId, (long?)null)
                .SetProperty(u => u.Stage, ImportStage.Checking).SetProperty(u => u.CheckSummaryJson, "").SetProperty(u => u.ImportSummaryJson, "")
                .SetProperty(u => u.Records, 0).SetProperty(u => u.Created, 0).SetProperty(u => u.Updated, 0).SetProperty(u => u.Unchanged, 0)
                .SetProperty(u => u.Refused, 0).SetProperty(u => u.ErrorNl, "").SetProperty(u => u.ErrorEn, "").SetProperty(u => u.FinishedAt, (DateTimeOffset?)null), ct)
            : rows.ExecuteUpdateAsync(s => s.SetProperty(u => u.ImportJobId, jobId).SetProperty(u => u.Stage, ImportStage.Importing)
                .SetProperty(u => u.Records, 0).SetProperty(u => u.Created, 0).SetProperty(u => u.Updated, 0).SetProperty(u => u.Unchanged, 0)
                .SetProperty(u => u.Refused, 0).SetProperty(u => u.FinishedAt, (DateTimeOffset?)null), ct));
    }

    /// <summary>The counts so far of the running run.</summary>
    public async Task CountAsync(long organisationId, long id, ImportCounts counts, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await db.ImportUploads.Where(u => u.OrganisationId == organisationId && u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Records, counts.Records).SetProperty(u => u.Created, counts.Created).SetProperty(u => u.Updated, counts.Updated)
            .SetProperty(u => u.Unchanged, counts.Unchanged).SetProperty(u => u.Refused, counts.Refused), ct);
    }

    /// <summary>A run finished: its final counts and summary; the dry run leaves the file Checked, the import Imported.</summary>
    public async Task FinishAsync(long organisationId, long id, bool dryRun, ImportCounts counts, string summaryJson, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        var rows = db.ImportUploads.Where(u => u.OrganisationId == organisationId && u.Id == id && u.Stage != ImportStage.Cancelled);
        await CountAsync(organisationId, id, counts, ct);
        await (dryRun
            ? rows.ExecuteUpdateAsync(s => s.SetProperty(u => u.Stage, ImportStage.Checked).SetProperty(u => u.CheckSummaryJson, summaryJson).SetProperty(u => u.FinishedAt, now), ct)
            : rows.ExecuteUpdateAsync(s => s.SetProperty(u => u.Stage, ImportStage.Imported).SetProperty(u => u.ImportSummaryJson, summaryJson).SetProperty(u => u.FinishedAt, now), ct));
    }

    /// <summary>The file could not be read (or the run was given up): why, in both languages.</summary>
    public async Task FailAsync(long organisationId, long id, string nl, string en, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        await db.ImportUploads.Where(u => u.OrganisationId == organisationId && u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Stage, ImportStage.Failed).SetProperty(u => u.ErrorNl, Cut(nl)).SetProperty(u => u.ErrorEn, Cut(en))
            .SetProperty(u => u.FinishedAt, now), ct);
    }

    /// <summary>Marks the running run cancelled; true when there was one to cancel.</summary>
    public async Task<bool> CancelAsync(long organisationId, long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = database.CreateContext();
        return await db.ImportUploads.Where(u => u.OrganisationId == organisationId && u.Id == id
                && (u.Stage == ImportStage.Checking || u.Stage == ImportStage.Importing))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Stage, ImportStage.Cancelled).SetProperty(u => u.FinishedAt, now), ct) == 1;
    }

    private static string Cut(string text) => text.Length <= 2000 ? text : text[..2000];
}

/// <summary>How many records a run has read and what it did (or would do) with them.</summary>
public sealed record ImportCounts(long Records, long Created, long Updated, long Unchanged, long Refused);
