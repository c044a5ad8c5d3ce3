using Microsoft.AspNetCore.Http;

namespace Depot.Publishing.Oai.Verbs;

/// <summary>ListMetadataFormats: oai_dc, lido and edm, for the repository or for one item (every item has all three).</summary>
internal static class ListMetadataFormatsVerb
{
    public static async Task AnswerAsync(HttpContext http, OaiRepository oai, OaiRequest request, CancellationToken ct)
    {
        if (request["identifier"] is { } identifier
            && (oai.Identifiers.Parse(identifier) is not long id || await oai.Store.FindAsync(id, ct) is null))
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, OaiError.IdDoesNotExist(identifier), ct);
            return;
        }
        await using var response = OaiResponse.Start(http.Response, oai.BaseUrl, request);
        response.Start("ListMetadataFormats");
        foreach (var format in oai.Formats.All)
        {
            response.Start("metadataFormat");
            response.Element("metadataPrefix", format.Prefix);
            response.Element("schema", format.Schema);
            response.Element("metadataNamespace", format.Namespace);
            response.End();
        }
        response.End();
    }
}
