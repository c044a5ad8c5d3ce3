using System.Diagnostics;
using Depot.Core;
using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Demo;
using Depot.Storage.Portal;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Bench.OpenData;

/// <summary>The data: the engine bench's realistic collection, most of it public, and the public feed projected from it.</summary>
internal static class OpenDataLoad
{
    private static readonly RecordType[] FeedTypes = [RecordType.Object, RecordType.Agent, RecordType.Place, RecordType.Concept];

    /// <summary>Loads a fresh database (or finds the organisation of a reused one); returns the organisation's id.</summary>
    public static async Task<long> PrepareAsync(DepotDatabase database, OpenDataOptions options, OpenDataResult result, CancellationToken ct)
    {
        long organisationId;
        if (options.Reuse is null)
        {
            await database.MigrateAsync(ct);
            organisationId = await EngineBench.AddOrganisationAsync(database, ct);
            var collection = new RealisticCollection(seed: 1, CollectionProfile.Museum, "Benchmuseum");
            var loader = new BulkLoader(database, TimeProvider.System);
            var watch = Stopwatch.StartNew();
            await loader.LoadAuthoritiesAsync(organisationId, collection.Authorities, Actor.System, ct);
            // The collection's own share of public objects is 30 %; an open-data bench wants most of them public.
            var objects = collection.Objects(options.Objects).Select((o, i) =>
            {
                o.PublicationStatus = i % 100 < options.PublicPercent ? PublicationStatus.Public : PublicationStatus.Internal;
                return o;
            });
            var step = Math.Max(options.Objects / 10, 1);
            var loaded = await loader.LoadObjectsAsync(organisationId, objects, Actor.System, new Progress(step, options.Objects), ct);
            result.Info("Bulk load (context)", $"{loaded.Loaded:N0} objects in {watch.Elapsed.TotalSeconds:0.0} s, load average {Machine.LoadAverage()}");
        }
        else
        {
            await using var db = database.CreateContext();
            organisationId = await db.Organisations.Where(o => o.Slug == EngineBench.OrganisationSlug).Select(o => o.Id).SingleAsync(ct);
            result.Notes.Add("reused a database loaded earlier: no load figures, and no catch-up figures unless the feed was behind");
        }
        await using (var db = database.CreateContext())
        {
            result.Objects = await db.Objects.CountAsync(o => o.OrganisationId == organisationId && !o.IsDeleted, ct);
            result.PublicObjects = await db.Objects.CountAsync(o => o.OrganisationId == organisationId && !o.IsDeleted && o.PublicationStatus == PublicationStatus.Public, ct);
        }
        return organisationId;
    }

    /// <summary>Times the projector's catch-up over everything not yet projected, then the portal's search tables fed from it.</summary>
    /// <remarks>
    /// A catch-up that returns with versions still pending stopped at the settled horizon (PostgreSQL:
    /// its table lock timed out, e.g. behind autovacuum after the load); it is tried again, as the
    /// background worker would, and the stalls are reported.
    /// </remarks>
    public static async Task ProjectAsync(DepotDatabase database, OpenDataResult result, CancellationToken ct)
    {
        var pending = await PendingAsync(database, ct);
        AnsiConsole.MarkupLine($"[grey]projector: {pending:N0} record versions to project…[/]");
        using var projector = new PublicationProjector(database);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (events, stalls) = (0, 0);
        while (true)
        {
            events += await projector.CatchUpAsync(ct);
            var left = await PendingAsync(database, ct);
            if (left == 0) break;
            stalls++;
            AnsiConsole.MarkupLine($"[yellow]projector: catch-up returned with {left:N0} versions pending; trying again[/]");
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (pending > 0)
            result.Info("Projector catch-up (PublicationProjector)",
                $"{pending:N0} versions → {events:N0} events in {seconds:0.0} s: {pending / seconds:N0} versions/s ({cpuSeconds:0.0} s CPU, load average {Machine.LoadAverage()})");
        if (stalls > 0)
            result.Notes.Add(OpenDataResult.F($"the projector's catch-up returned {stalls} time(s) with versions still pending (settled-horizon lock timed out); each was retried after 2 s, as the background worker does"));

        using var portal = new PortalIndex(database);
        watch.Restart();
        var applied = await portal.CatchUpAsync(ct);
        if (applied > 0)
            result.Info("Portal search tables catch-up (PortalIndex)",
                $"{applied:N0} events in {watch.Elapsed.TotalSeconds:0.0} s: {applied / watch.Elapsed.TotalSeconds:N0} events/s");
    }

    private static async Task<long> PendingAsync(DepotDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var position = await db.FeedCursors.Where(c => c.Name == PublicationProjector.CursorName).Select(c => (long?)c.Position).SingleOrDefaultAsync(ct) ?? 0;
        return await db.RecordVersions.LongCountAsync(v => v.Sequence > position && FeedTypes.Contains(v.RecordType), ct);
    }

    private sealed class Progress(long every, long total) : IProgress<long>
    {
        private long reported;

        public void Report(long value)
        {
            if (value - reported < every) return;
            AnsiConsole.MarkupLine($"[grey]{value:N0} / {total:N0} objects loaded[/]");
            reported = value;
        }
    }
}
