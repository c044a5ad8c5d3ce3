using Depot.Storage.Importing;

namespace Depot.Interchange.Importing;

/// <summary>The running counts of an import, continued from the checkpoint when a run resumes.</summary>
internal sealed class ImportTotals
{
    private readonly Dictionary<string, long> keptPaths = new(StringComparer.Ordinal);

    public long Records { get; private set; }
    public long Created { get; private set; }
    public long Updated { get; private set; }
    public long Unchanged { get; private set; }
    public long Refused { get; private set; }
    public long Warnings { get; private set; }

    public void ResumeFrom(ImportRun run)
    {
        (Created, Updated, Unchanged, Refused, Warnings) = (run.Created, run.Updated, run.Unchanged, run.Refused, run.Warnings);
        Records = run.Position;
    }

    public void Add(IEnumerable<RecordOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            Records++;
            switch (o.Action)
            {
                case RecordAction.Create: Created++; break;
                case RecordAction.Update: Updated++; break;
                case RecordAction.Unchanged: Unchanged++; break;
                case RecordAction.Refused: Refused++; break;
            }
            Warnings += o.Issues.Count(i => i.Severity == Sources.IssueSeverity.Warning);
            foreach (var k in o.Kept) keptPaths[k.Path] = keptPaths.GetValueOrDefault(k.Path) + 1;
        }
    }

    public ImportCheckpoint Checkpoint(long runId, long position) => new(runId, position, Created, Updated, Unchanged, Refused, Warnings);

    public ImportProgress Progress(long bytesRead, long bytesTotal) => new(Records, bytesRead, bytesTotal, Created, Updated, Unchanged, Refused);

    public ImportSummary Summary(bool dryRun, TimeSpan elapsed) =>
        new(Records, Created, Updated, Unchanged, Refused, Warnings, new Dictionary<string, long>(keptPaths), dryRun, elapsed);
}
