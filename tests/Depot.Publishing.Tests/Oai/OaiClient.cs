using System.Xml.Linq;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.Oai;

/// <summary>Requests to /oai and the envelope checks every answer must pass.</summary>
internal static class OaiClient
{
    public static readonly XNamespace Pmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Lido = "http://www.lido-schema.org";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Edm = "http://www.europeana.eu/schemas/edm/";

    public static Task<XDocument> GetAsync(PublicDepot depot, string query, CancellationToken ct) => GetAsync(depot.Http, query, ct);

    public static async Task<XDocument> GetAsync(HttpClient http, string query, CancellationToken ct)
    {
        using var response = await http.GetAsync("oai?" + query, ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        CheckEnvelope(document);
        return document;
    }

    /// <summary>The error codes of a response (empty when it has none).</summary>
    public static IReadOnlyList<string> Errors(XDocument d) => [.. d.Root!.Elements(Pmh + "error").Select(e => (string)e.Attribute("code")!)];

    /// <summary>
    /// The envelope as OAI-PMH.xsd defines it (the schema is not on this machine, so it is checked
    /// here): root, schema location, responseDate in UTC seconds, request, then either errors or
    /// one element named after the verb, and datestamps in the repository's granularity.
    /// </summary>
    public static void CheckEnvelope(XDocument d)
    {
        var root = d.Root!;
        Assert.Equal(Pmh + "OAI-PMH", root.Name);
        Assert.Equal("http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd",
            (string?)root.Attribute(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "schemaLocation"));
        var children = root.Elements().ToList();
        Assert.Equal(Pmh + "responseDate", children[0].Name);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", children[0].Value);
        Assert.Equal(Pmh + "request", children[1].Name);
        var rest = children.Skip(2).ToList();
        Assert.NotEmpty(rest);
        if (rest[0].Name == Pmh + "error")
        {
            Assert.All(rest, e => Assert.Equal(Pmh + "error", e.Name));
            Assert.All(rest, e => Assert.Contains((string)e.Attribute("code")!, new[] { "badArgument", "badResumptionToken", "badVerb", "cannotDisseminateFormat", "idDoesNotExist", "noRecordsMatch", "noMetadataFormats", "noSetHierarchy" }));
        }
        else
        {
            Assert.Single(rest);
            Assert.Equal((string?)children[1].Attribute("verb"), rest[0].Name.LocalName);
        }
        foreach (var stamp in root.Descendants(Pmh + "datestamp"))
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", stamp.Value);
        foreach (var header in root.Descendants(Pmh + "header"))
        {
            Assert.Equal([Pmh + "identifier", Pmh + "datestamp"], header.Elements().Take(2).Select(e => e.Name));
            Assert.All(header.Elements().Skip(2), e => Assert.Equal(Pmh + "setSpec", e.Name));
        }
    }
}
