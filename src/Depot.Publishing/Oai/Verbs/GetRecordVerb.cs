using Microsoft.AspNetCore.Http;

namespace Depot.Publishing.Oai.Verbs;

/// <summary>GetRecord: one item in one format; a withdrawn or deleted object answers with its deleted header.</summary>
internal static class GetRecordVerb
{
    public static async Task AnswerAsync(HttpContext http, OaiRepository oai, OaiRequest request, CancellationToken ct)
    {
        var identifier = request["identifier"]!;
        var prefix = request["metadataPrefix"]!;
        var item = oai.Identifiers.Parse(identifier) is long id ? await oai.Store.FindAsync(id, ct) : null;
        if (item is null)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, OaiError.IdDoesNotExist(identifier), ct);
            return;
        }
        if (oai.Formats.Find(prefix) is not { } format)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, OaiError.CannotDisseminateFormat(prefix), ct);
            return;
        }
        await using var response = OaiResponse.Start(http.Response, oai.BaseUrl, request);
        response.Start("GetRecord");
        await RecordWriter.RecordAsync(response, oai, item, format, ct);
        response.End();
    }
}
