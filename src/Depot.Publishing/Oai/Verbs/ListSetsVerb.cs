using System.Xml;
using Depot.Publishing.Oai.Formats;
using Microsoft.AspNetCore.Http;

namespace Depot.Publishing.Oai.Verbs;

/// <summary>
/// ListSets: one set per organisation with published records and one per collection set it
/// publishes. The list is short (organisations, not objects), so it never needs a resumption token.
/// </summary>
internal static class ListSetsVerb
{
    public static async Task AnswerAsync(HttpContext http, OaiRepository oai, OaiRequest request, CancellationToken ct)
    {
        if (request["resumptionToken"] is not null)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, OaiError.BadResumptionToken(), ct);
            return;
        }
        var sets = await oai.Store.SetsAsync(ct);
        if (sets.Count == 0)
        {
            await OaiResponse.WriteErrorAsync(http.Response, oai.BaseUrl, request, new OaiError("noSetHierarchy", "Nothing has been published yet, so there are no sets."), ct);
            return;
        }
        await using var response = OaiResponse.Start(http.Response, oai.BaseUrl, request);
        response.Start("ListSets");
        foreach (var set in sets)
        {
            response.Start("set");
            response.Element("setSpec", set.Spec);
            response.Element("setName", set.Name);
            if (set.Description.Length > 0) Description(response.Xml, set.Description);
            response.End();
        }
        response.End();
    }

    private static void Description(XmlWriter xml, string text)
    {
        xml.WriteStartElement("setDescription", OaiResponse.Namespace);
        xml.WriteStartElement("oai_dc", "dc", OaiDcFormat.OaiDc);
        xml.WriteAttributeString("xmlns", "dc", null, OaiDcFormat.Dc);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiResponse.Xsi, OaiDcFormat.OaiDc + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        xml.WriteStartElement("dc", "description", OaiDcFormat.Dc);
        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
