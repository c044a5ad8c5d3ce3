using System.Collections.Concurrent;
using Depot.Core.Network;
using Depot.Interchange.Importing;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Network.Harvesting;

/// <summary>
/// The real <see cref="IHarvestSink"/>: each page goes through the import engine — <see cref="RecordMapper"/> with the
/// organisation's <see cref="AuthorityResolver"/>, written by <see cref="ImportBatchWriter"/> — and its
/// <c>harvested_records</c> rows, withdrawals and the source's new state commit in the same transaction.
/// Objects are always the source's organisation's (read from the database, never from the caller), public,
/// and read-only for everyone but the harvester's <see cref="Actor"/>.
/// </summary>
internal sealed partial class HarvestSink(DepotDatabase database, RecordStore records, TimeProvider clock) : IHarvestSink
{
    // The organisation's authorities and index labels, kept between the pages of a harvest: loading them per page would cost
    // more than the page. Dropped after a failed page (its new authorities were rolled back) and when stale.
    private readonly ConcurrentDictionary<long, SourceContext> contexts = new();
    private static readonly TimeSpan ContextLife = TimeSpan.FromMinutes(10);

    public async Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(page);
        var stored = await LoadSourceAsync(source, ct);
        var context = await ContextAsync(stored, ct);
        await context.Gate.WaitAsync(ct);
        try
        {
            var decided = await DecideAsync(stored, context, page, ct);
            await context.Writer.WriteAsync(decided.Batch, (tx, written, token) => RecordAsync(tx, stored, page, decided, written, token), ct);
            context.Used = clock.GetUtcNow();
            return decided.Outcome();
        }
        catch
        {
            contexts.TryRemove(stored.Id, out _);
            throw;
        }
        finally
        {
            context.Gate.Release();
        }
    }

    /// <summary>The source as stored: its organisation is the only one its records go to.</summary>
    private async Task<HarvestSource> LoadSourceAsync(HarvestSource source, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var stored = await db.HarvestSources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == source.Id, ct)
            ?? throw new InvalidOperationException($"Harvest source {source.Id} does not exist.");
        if (stored.OrganisationId != source.OrganisationId)
            throw new InvalidOperationException(
                $"Harvest source {source.Id} belongs to organisation {stored.OrganisationId}, not {source.OrganisationId}: a source cannot write into another organisation.");
        return stored;
    }

    private async Task<SourceContext> ContextAsync(HarvestSource source, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (contexts.TryGetValue(source.Id, out var known) && now - known.Used < ContextLife && known.Name == source.Name) return known;
        var store = new ImportStore(database, records, clock);
        var authorities = await AuthorityResolver.LoadAsync(database, source.OrganisationId, ct);
        var writer = await store.OpenWriterAsync(source.OrganisationId, Actor.Harvester(source.Name), Note(source), ct);
        var fresh = new SourceContext(source.Name, store, authorities, writer) { Used = now };
        contexts[source.Id] = fresh;
        return fresh;
    }

    /// <summary>The version note of every change a harvest makes.</summary>
    internal static string Note(HarvestSource source) => $"geoogst uit {source.Name}";

    private sealed class SourceContext(string name, ImportStore store, AuthorityResolver authorities, ImportBatchWriter writer)
    {
        public string Name { get; } = name;
        public ImportStore Store { get; } = store;
        public AuthorityResolver Authorities { get; } = authorities;
        public ImportBatchWriter Writer { get; } = writer;
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset Used { get; set; }
    }
}
