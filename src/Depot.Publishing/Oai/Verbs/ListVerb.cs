using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Depot.Publishing.Oai.Verbs;

/// <summary>
/// ListRecords and ListIdentifiers: a page of records in (datestamp, id) order from the keyset
/// position in the resumption token, and a new token when more follow. The complete list size is
/// counted once, on the first request, and carried in the token (a harvest of a million records
/// does not count a million rows per page).
/// </summary>
internal static class ListVerb
{
    public static async Task AnswerAsync(HttpContext http, OaiRepository oai, OaiRequest request, CancellationToken ct)
    {
        var (list, error) = Read(oai, request);
        if (list is null)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, error!, ct);
            return;
        }
        var resumed = request["resumptionToken"] is not null;
        var scope = await oai.Store.ScopeAsync(list.Set, OaiDate.Parse(list.From ?? "")?.Value, list.Until is null ? null : OaiDate.Parse(list.Until)?.EndExclusive, ct);
        var page = scope is null ? [] : await oai.Store.PageAsync(scope, resumed ? list.AfterDatestamp : null, list.AfterId, oai.PageSize + 1, ct);
        if (page.Count == 0)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, resumed ? OaiError.BadResumptionToken() : OaiError.NoRecordsMatch(), ct);
            return;
        }
        var more = page.Count > oai.PageSize;
        var items = more ? page.Take(oai.PageSize).ToList() : page;
        var size = resumed ? list.CompleteListSize : more ? await oai.Store.CountAsync(scope!, ct) : items.Count;
        var format = oai.Formats.Find(list.MetadataPrefix)!;

        await using var response = OaiResponse.Start(http.Response, oai.BaseUrl, request);
        response.Start(request.Verb);
        foreach (var item in items)
        {
            if (request.Verb == OaiRequest.ListIdentifiers) RecordWriter.Header(response, oai, item);
            else await RecordWriter.RecordAsync(response, oai, item, format, ct);
            await response.FlushAsync(ct);
        }
        if (more || resumed)
        {
            response.Start("resumptionToken");
            response.Xml.WriteAttributeString("completeListSize", Math.Max(size, list.Cursor + items.Count).ToString(CultureInfo.InvariantCulture));
            response.Xml.WriteAttributeString("cursor", list.Cursor.ToString(CultureInfo.InvariantCulture));
            if (more)
            {
                var last = items[^1];
                response.Xml.WriteString((list with { AfterDatestamp = last.Datestamp, AfterId = last.ObjectId, Cursor = list.Cursor + items.Count, CompleteListSize = size }).Encode());
            }
            response.End();
        }
        response.End();
    }

    /// <summary>The list request from the arguments or the resumption token, checked.</summary>
    private static (ResumptionToken? List, OaiError? Error) Read(OaiRepository oai, OaiRequest request)
    {
        if (request["resumptionToken"] is { } token)
            return ResumptionToken.Decode(token, request.Verb) is { } resumed && oai.Formats.Find(resumed.MetadataPrefix) is not null
                ? (resumed, null) : (null, OaiError.BadResumptionToken());

        var from = request["from"];
        var until = request["until"];
        var fromDate = from is null ? null : OaiDate.Parse(from);
        var untilDate = until is null ? null : OaiDate.Parse(until);
        if (from is not null && fromDate is null) return (null, OaiError.BadArgument($"from '{from}' is not a date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ)."));
        if (until is not null && untilDate is null) return (null, OaiError.BadArgument($"until '{until}' is not a date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ)."));
        if (fromDate is not null && untilDate is not null)
        {
            if (fromDate.DayOnly != untilDate.DayOnly) return (null, OaiError.BadArgument("from and until have different granularities."));
            if (untilDate.Value < fromDate.Value) return (null, OaiError.BadArgument("until is earlier than from."));
        }
        var prefix = request["metadataPrefix"]!;
        if (oai.Formats.Find(prefix) is null) return (null, OaiError.CannotDisseminateFormat(prefix));
        return (new ResumptionToken(request.Verb, prefix, request["set"], from, until, DateTimeOffset.MinValue, 0, 0, 0), null);
    }
}
