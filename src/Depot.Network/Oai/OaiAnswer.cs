using System.Xml.Linq;

namespace Depot.Network.Oai;

/// <summary>The namespaces an OAI-PMH harvest meets.</summary>
internal static class OaiNames
{
    public const string Pmh = "http://www.openarchives.org/OAI/2.0/";
    public const string OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Edm = "http://www.europeana.eu/schemas/edm/";
    public const string Ore = "http://www.openarchives.org/ore/terms/";
    public const string Lido = "http://www.lido-schema.org";

    public static readonly XNamespace P = Pmh;
}

/// <summary>A record's header: its identifier at the source, its datestamp as written, and whether the source deleted it.</summary>
internal sealed record OaiHeader(string Identifier, string Datestamp, bool Deleted);

/// <summary>One record of a ListRecords answer: the header and the metadata's root element (null for a deleted record).</summary>
internal sealed record OaiRecord(OaiHeader Header, XElement? Metadata);

/// <summary>An OAI-PMH error element: its code (<c>noRecordsMatch</c>, <c>badResumptionToken</c> …) and text.</summary>
internal sealed record OaiProtocolError(string Code, string Message);

/// <summary>
/// One OAI-PMH response as read: the errors it reports, or the verb's content (the Identify element,
/// or the records of a ListRecords page and the resumption token, empty when the list is complete).
/// </summary>
internal sealed record OaiAnswer(
    IReadOnlyList<OaiProtocolError> Errors,
    IReadOnlyList<OaiRecord> Records,
    string ResumptionToken,
    long? CompleteListSize,
    XElement? Identify)
{
    public bool HasError(string code) => Errors.Any(e => e.Code == code);
}
