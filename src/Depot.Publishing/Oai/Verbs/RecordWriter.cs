using Depot.Publishing.Oai.Formats;

namespace Depot.Publishing.Oai.Verbs;

/// <summary>A record's header (status="deleted" for a withdrawn or deleted object) and its metadata.</summary>
internal static class RecordWriter
{
    public static void Header(OaiResponse response, OaiRepository oai, OaiItem item)
    {
        response.Start("header");
        if (item.IsDeleted) response.Xml.WriteAttributeString("status", "deleted");
        response.Element("identifier", oai.Identifiers.Object(item.ObjectId));
        response.Element("datestamp", OaiDate.Format(item.Datestamp));
        foreach (var spec in item.SetSpecs) response.Element("setSpec", spec);
        response.End();
    }

    /// <summary>The whole record; a deleted record has a header only (protocol 2.5.1).</summary>
    public static async ValueTask RecordAsync(OaiResponse response, OaiRepository oai, OaiItem item, IOaiFormat format, CancellationToken ct)
    {
        response.Start("record");
        Header(response, oai, item);
        if (item.Object is { } o)
        {
            response.Start("metadata");
            await format.WriteAsync(response.Xml, o, ct);
            response.End();
        }
        response.End();
    }
}
