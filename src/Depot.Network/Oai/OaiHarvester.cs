using Depot.Core.Network;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Network.Oai.Formats;
using Depot.Storage.Jobs;

namespace Depot.Network.Oai;

/// <summary>
/// Harvests an OAI-PMH repository with ListRecords in the source's metadata format (and set): the first
/// run lists everything, later runs list from the newest datestamp of the last complete list (<c>from=</c>,
/// at the granularity Identify announces). Each response is one page for the sink, saved with the pending
/// resumption token, so a stopped harvest resumes at the next page with nothing read twice; a token the
/// repository no longer knows lists again from the saved <c>from</c>. Deleted headers become withdrawals.
/// </summary>
internal sealed class OaiHarvester(HarvestHttp http) : IHarvester
{
    public HarvestSourceKind Kind => HarvestSourceKind.OaiPmh;

    public async Task HarvestAsync(HarvestSource source, IHarvestSink sink, IJobProgress progress, CancellationToken ct)
    {
        var mapper = OaiRecordMappers.For(source.MetadataFormat) ?? throw new HarvestFailedException(source.Url,
            $"{source.Url}: onbekend metadataformaat '{source.MetadataFormat}' (lido, edm of oai_dc)",
            $"{source.Url}: unknown metadata format '{source.MetadataFormat}' (lido, edm or oai_dc)");
        var requests = new OaiRequests(http);
        var state = OaiHarvestState.Read(source);
        var restarted = false;
        long records = 0;
        var pages = 0;
        while (true)
        {
            var url = state.Token is { } token
                ? OaiRequests.Resume(source.Url, token)
                : OaiRequests.ListRecords(source.Url, state.Prefix, state.Set, await FromAsync(requests, source, state, ct));
            var answer = await requests.GetAsync(url, ct);
            if (answer.HasError("badResumptionToken") && state.Token is not null && !restarted)
            {
                // Once per run: a second refusal right after listing afresh is the repository's fault, not a stale token.
                restarted = true;
                state = state.Restart();
                continue;
            }
            if (answer.HasError("noRecordsMatch"))
            {
                var done = state.After("", null);
                if (done != state) await sink.WriteAsync(source, new HarvestPage(url, [], done.ToJson()), ct);
                return;
            }
            if (answer.Errors.Count > 0) throw OaiRequests.Error(url, answer.Errors[0]);

            var items = answer.Records.Select((r, i) => Item(mapper, r, records + i + 1)).ToList();
            var newest = answer.Records.Select(r => r.Header.Datestamp).Where(d => d.Length > 0).Aggregate((string?)null, OaiHarvestState.Later);
            state = state.After(answer.ResumptionToken, newest);
            await sink.WriteAsync(source, new HarvestPage(url, items, state.ToJson(), newest is null ? null : OaiHarvestState.Parse(newest)), ct);
            records += items.Count;
            pages++;
            await progress.ReportAsync(records, answer.CompleteListSize, $"{pages} OAI-PMH-pagina's, {records} records", ct);
            if (answer.ResumptionToken.Length == 0) return;
        }
    }

    /// <summary>The <c>from</c> argument of a new list: none on the first harvest, else the saved datestamp at the repository's granularity.</summary>
    private static async Task<string?> FromAsync(OaiRequests requests, HarvestSource source, OaiHarvestState state, CancellationToken ct) =>
        state.From is { } from ? OaiHarvestState.FromArgument(from, await requests.HasDayGranularityAsync(source.Url, ct)) : null;

    private static HarvestItem Item(IOaiRecordMapper mapper, OaiRecord record, long position) =>
        record.Header.Deleted
            ? new HarvestWithdrawal(record.Header.Identifier, record.Header.Datestamp)
            : new HarvestUpsert(record.Header.Identifier, record.Header.Datestamp, mapper.Map(record, position));
}
