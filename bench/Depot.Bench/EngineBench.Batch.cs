using System.Diagnostics;
using Depot.Core.Registration.Batch;
using Depot.Storage.Batch;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Sets;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Depot.Bench;

// Batch edit: add a material to up to 100,000 selected objects as one job (the target is < 60 s on SQLite).
internal static partial class EngineBench
{
    private static async Task BatchEditAsync(DepotDatabase database, long organisationId, EngineResult result, CancellationToken ct)
    {
        var count = Math.Min(result.Objects, BatchEdit.MaxObjects);
        AnsiConsole.MarkupLine($"[grey]{result.Engine}: batch edit of {count:N0} objects…[/]");
        var actor = new Actor(null, "bench");
        var sets = new SetStore(database, TimeProvider.System);
        var selection = await sets.SelectionAsync(organisationId, actor, ct);
        List<long> ids;
        long material;
        await using (var db = database.CreateContext())
        {
            ids = await db.Objects.Where(o => o.OrganisationId == organisationId && !o.IsDeleted).OrderBy(o => o.Id).Select(o => o.Id).Take(count).ToListAsync(ct);
            material = await db.Concepts.Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync(ct);
        }
        await sets.AddAsync(organisationId, selection.Id, ids, ct);
        var change = new BatchChange(BatchField.Material, BatchOperation.Add, material.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var batch = await new BatchEditStore(database, TimeProvider.System).StartAsync(organisationId, selection.Id, change, actor, ct)
            ?? throw new InvalidOperationException("The bench selection vanished.");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await new BatchEditRunner(database, TimeProvider.System).RunAsync(batch.Id, (_, _, _) => Task.CompletedTask, ct);
        var seconds = watch.Elapsed.TotalSeconds;
        // On a shared machine wall time alone misleads: CPU time and the load average say how much the batch really got.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var done = await new BatchEditStore(database, TimeProvider.System).FindAsync(organisationId, batch.Id, ct);
        var line = $"batch edit {batch.Total:N0} records (add a material, {done?.Changed:N0} changed): {seconds:F1} s, {batch.Total / Math.Max(seconds, 0.001):N0}/s, CPU {cpuSeconds:F1} s, load {Machine.LoadAverage()} (target < 60 s for 100,000 on SQLite)";
        AnsiConsole.MarkupLine($"[grey]{result.Engine}: {Markup.Escape(line)}[/]");
        result.Notes.Add(line);
    }
}
