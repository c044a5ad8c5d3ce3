using Microsoft.AspNetCore.Http;

namespace Depot.Publishing.Oai.Verbs;

/// <summary>Identify: who the repository is, its earliest datestamp, that deletions are kept for good, and its granularity.</summary>
internal static class IdentifyVerb
{
    private const string OaiIdentifier = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public static async Task AnswerAsync(HttpContext http, OaiRepository oai, OaiRequest request, CancellationToken ct)
    {
        var earliest = await oai.Store.EarliestDatestampAsync(ct) ?? DateTimeOffset.UtcNow;
        await using var response = OaiResponse.Start(http.Response, oai.BaseUrl, request);
        response.Start("Identify");
        response.Element("repositoryName", oai.Options.RepositoryName);
        response.Element("baseURL", oai.BaseUrl);
        response.Element("protocolVersion", "2.0");
        response.Element("adminEmail", oai.Options.AdminEmail);
        response.Element("earliestDatestamp", OaiDate.Format(earliest));
        response.Element("deletedRecord", "persistent");
        response.Element("granularity", OaiDate.Granularity);
        if (oai.Identifiers.NamespaceIsDomainName)
        {
            var xml = response.Xml;
            response.Start("description");
            xml.WriteStartElement("oai-identifier", OaiIdentifier);
            xml.WriteAttributeString("xsi", "schemaLocation", OaiResponse.Xsi, OaiIdentifier + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
            xml.WriteElementString("scheme", OaiIdentifier, "oai");
            xml.WriteElementString("repositoryIdentifier", OaiIdentifier, oai.Identifiers.Namespace);
            xml.WriteElementString("delimiter", OaiIdentifier, ":");
            xml.WriteElementString("sampleIdentifier", OaiIdentifier, oai.Identifiers.Sample);
            xml.WriteEndElement();
            response.End();
        }
        response.End();
    }
}
