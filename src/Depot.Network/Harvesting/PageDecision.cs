using Depot.Interchange.Importing;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;

namespace Depot.Network.Harvesting;

/// <summary>What a page will do: the import batch to write and the harvest's own bookkeeping around it.</summary>
internal sealed class PageDecision
{
    public ImportBatch Batch { get; } = new();

    /// <summary>Records whose content hash is unchanged: only their version and harvest time are written.</summary>
    public List<(string Identifier, string Version)> Confirmed { get; } = [];

    /// <summary>The source's version of each record the batch writes, by identifier.</summary>
    public Dictionary<string, string> Versions { get; } = new(StringComparer.Ordinal);
    public List<Withdrawal> Withdrawals { get; } = [];
    public List<RecordOutcome> Refusals { get; } = [];
    public int Added { get; set; }

    /// <summary>Withdrawn records the source sent again: their objects come back (counted as added).</summary>
    public int Restored { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }

    public void Refuse(SourceRecord record, List<SourceIssue> issues) =>
        Refusals.Add(new RecordOutcome(record.Position, record.SourceId, record.Object.ObjectNumber.Trim(), RecordAction.Refused, issues, [], record.Kept));

    public HarvestPageOutcome Outcome() =>
        new(Added + Restored, Updated, Unchanged + Confirmed.Count, Withdrawals.Count, Refusals.Count, Refusals);
}

/// <summary>A record the source withdrew, with the object it deletes.</summary>
internal sealed record Withdrawal(string Identifier, string Version, long ObjectId);
