using Depot.Core.Network;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Sources;

/// <summary>
/// The registered sources of one organisation: register, change (optimistic concurrency on
/// <see cref="HarvestSource.Version"/>), disable and remove. Every method takes the organisation, and
/// the organisation of a source never changes: a source cannot be moved into another organisation.
/// Who may call which method is the caller's check (organisation admins and the platform admin write).
/// </summary>
public sealed partial class SourceStore(DepotDatabase database, NetworkOptions options, TimeProvider clock)
{
    public async Task<IReadOnlyList<HarvestSource>> ListAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.HarvestSources.AsNoTracking().Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Name).ToListAsync(ct);
    }

    public async Task<HarvestSource?> FindAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.HarvestSources.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == id, ct);
    }

    /// <summary>Registers a source; its first harvest is due at once (the scheduler picks it up at its next look).</summary>
    /// <exception cref="ValidationFailedException">A rule is broken; nothing was saved.</exception>
    public async Task<HarvestSource> CreateAsync(long organisationId, SourceInput input, string createdBy, CancellationToken ct)
    {
        input = input.Normalised();
        await using var db = database.CreateContext();
        await ValidateAsync(db, organisationId, null, input, ct);
        var now = clock.GetUtcNow();
        var source = new HarvestSource { OrganisationId = organisationId, CreatedAt = now, CreatedBy = createdBy, UpdatedAt = now, Version = 1 };
        Apply(source, input, now);
        db.HarvestSources.Add(source);
        await db.SaveChangesAsync(ct);
        return source;
    }

    /// <summary>
    /// Changes the registration made at <paramref name="expectedVersion"/>. Pointing it elsewhere (kind, URL,
    /// format, set or mapping) forgets the harvester's state, so the next harvest starts from the beginning there.
    /// </summary>
    /// <returns>The changed source, or null when the organisation has no such source.</returns>
    /// <exception cref="SourceChangedException">Somebody saved another version meanwhile.</exception>
    public async Task<HarvestSource?> UpdateAsync(long organisationId, long id, int expectedVersion, SourceInput input, CancellationToken ct)
    {
        input = input.Normalised();
        await using var db = database.CreateContext();
        var source = await db.HarvestSources.AsTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == id, ct);
        if (source is null) return null;
        if (source.Version != expectedVersion) throw new SourceChangedException(id, expectedVersion, source.Version, source.UpdatedAt);
        await ValidateAsync(db, organisationId, id, input, ct);

        var elsewhere = source.Kind != input.Kind || source.Url != input.Url || source.MetadataFormat != input.MetadataFormat
            || source.SetSpec != input.SetSpec || source.CsvMappingId != input.CsvMappingId;
        if (elsewhere) source.State = "";
        var now = clock.GetUtcNow();
        Apply(source, input, now);
        source.UpdatedAt = now;
        source.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.HarvestSources.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Version, s.UpdatedAt }).SingleAsync(ct);
            throw new SourceChangedException(id, expectedVersion, current.Version, current.UpdatedAt);
        }
        return source;
    }

    /// <summary>Switches the schedule off (or on again) for a source, as an edit of its registration.</summary>
    public async Task<HarvestSource?> SetEnabledAsync(long organisationId, long id, int expectedVersion, bool enabled, CancellationToken ct)
    {
        var source = await FindAsync(organisationId, id, ct);
        return source is null ? null : await UpdateAsync(organisationId, id, expectedVersion, SourceInput.From(source) with { Enabled = enabled }, ct);
    }

    /// <summary>
    /// Removes the registration with its runs. Objects harvested from it stay in the organisation, no longer
    /// read-only (their provenance rows go with the source). False when the organisation has no such source.
    /// </summary>
    public async Task<bool> DeleteAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.HarvestSources.AnyAsync(s => s.OrganisationId == organisationId && s.Id == id, ct)) return false;
        await db.HarvestedRecords.Where(h => h.OrganisationId == organisationId && h.SourceId == id).ExecuteDeleteAsync(ct);
        await db.HarvestRuns.Where(r => r.OrganisationId == organisationId && r.SourceId == id).ExecuteDeleteAsync(ct);
        await db.HarvestSources.Where(s => s.OrganisationId == organisationId && s.Id == id).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private static void Apply(HarvestSource source, SourceInput input, DateTimeOffset now)
    {
        var intervalChanged = source.IntervalMinutes != input.IntervalMinutes;
        source.Name = input.Name;
        source.Kind = input.Kind;
        source.Url = input.Url;
        source.MetadataFormat = input.MetadataFormat;
        source.SetSpec = input.SetSpec;
        source.CsvMappingId = input.CsvMappingId;
        source.IntervalMinutes = input.IntervalMinutes;
        source.Enabled = input.Enabled;
        if (!input.Enabled) source.NextRunAt = null;
        else if (source.NextRunAt is null) source.NextRunAt = now;
        else if (intervalChanged && source.LastSucceededAt is { } last && source.ConsecutiveFailures == 0)
            source.NextRunAt = Max(now, last.AddMinutes(input.IntervalMinutes));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private async Task ValidateAsync(DepotDbContext db, long organisationId, long? id, SourceInput input, CancellationToken ct)
    {
        // The mapping must be this organisation's: a source never reads with another organisation's settings.
        var mappingOk = input.CsvMappingId is long mappingId
            && await db.ImportMappings.AnyAsync(m => m.Id == mappingId && m.OrganisationId == organisationId, ct);
        var errors = SourceValidation.Check(input, options, mappingOk);
        if (input.Name.Length > 0 && await db.HarvestSources.AnyAsync(s => s.OrganisationId == organisationId && s.Name == input.Name && s.Id != id, ct))
            errors.Add(new FieldError("name", "name.taken", "Deze organisatie heeft al een bron met die naam.", "This organisation already has a source with that name."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
