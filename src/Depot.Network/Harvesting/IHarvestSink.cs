using Depot.Core.Network;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;

namespace Depot.Network.Harvesting;

/// <summary>
/// Where harvested pages go: each page's records become read-only objects of the source's organisation
/// (mapped and resolved as an import would: terms, agents and places against the organisation's
/// authorities, unknown fields kept verbatim), withdrawals delete them, and the source's new
/// <see cref="HarvestPage.NextState"/> is saved — all in one transaction, so a page is in whole or not at all.
/// A source never writes into another organisation: the organisation is the source's.
/// </summary>
public interface IHarvestSink
{
    Task<HarvestPageOutcome> WriteAsync(HarvestSource source, HarvestPage page, CancellationToken ct);

    /// <summary>
    /// For sources that are a whole snapshot each time (a file at a URL): withdraws every record of the source
    /// not written or confirmed since <paramref name="since"/> (the start of the pass), with the final state.
    /// </summary>
    Task<long> WithdrawNotSeenSinceAsync(HarvestSource source, DateTimeOffset since, string nextState, CancellationToken ct);
}

/// <summary>One page (an LDES fragment, an OAI-PMH response, a batch of a file) and the state to resume after it.</summary>
/// <param name="Url">Where the page came from, for messages.</param>
/// <param name="Items">Upserts and withdrawals in source order; a later item of the same identifier wins.</param>
/// <param name="NextState">The harvester's state once this page is in (saved to <see cref="HarvestSource.State"/>).</param>
/// <param name="SourceUpToAt">The newest change time on this page, when the source gives one.</param>
public sealed record HarvestPage(string Url, IReadOnlyList<HarvestItem> Items, string NextState, DateTimeOffset? SourceUpToAt = null);

/// <summary>A record of the source, by its identifier there.</summary>
public abstract record HarvestItem(string SourceIdentifier, string SourceVersion);

/// <summary>A new or changed record: <paramref name="Record"/> as the LIDO, EDM, Dublin Core, OSLO or CSV mapper read it.</summary>
public sealed record HarvestUpsert(string SourceIdentifier, string SourceVersion, SourceRecord Record) : HarvestItem(SourceIdentifier, SourceVersion);

/// <summary>The source deleted or withdrew the record: its object is deleted in Depot (history kept).</summary>
public sealed record HarvestWithdrawal(string SourceIdentifier, string SourceVersion) : HarvestItem(SourceIdentifier, SourceVersion);

/// <summary>What a page did. <paramref name="Refusals"/>: records Depot could not take, with the reason.</summary>
public sealed record HarvestPageOutcome(int Added, int Updated, int Unchanged, int Deleted, int Refused, IReadOnlyList<RecordOutcome> Refusals)
{
    public static HarvestPageOutcome Empty { get; } = new(0, 0, 0, 0, 0, []);
}
