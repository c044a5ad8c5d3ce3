using System.Text.Json;
using System.Text.Json.Nodes;
using Depot.Core.Publishing;
using Depot.Publishing;

namespace Depot.Web.Portal;

/// <summary>
/// The schema.org description of a public object for the HTML head (<c>application/ld+json</c>),
/// so search engines understand the page: name, description, makers, dating, materials, images,
/// licence and the holding organisation, with the persistent URI as its identity.
/// </summary>
public static class SchemaOrg
{
    // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string ForObject(PublicObject o, PublicUris uris, string language)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = o.Makers.Count > 0 || o.Images.Count > 0 ? "VisualArtwork" : "CreativeWork",
            ["@id"] = uris.Object(o.Id),
            ["url"] = uris.Object(o.Id),
            ["mainEntityOfPage"] = uris.Doc("object", Key(o.Id)),
            ["name"] = o.DisplayTitle,
            ["identifier"] = o.ObjectNumber,
            ["inLanguage"] = language,
        };
        if (o.ShortDescription.Length > 0) json["description"] = o.ShortDescription;
        if (o.ObjectName is { } name) json["artform"] = name.Label(language);
        if (o.Makers.Count > 0)
            json["creator"] = new JsonArray([.. o.Makers.Select(m => (JsonNode)Agent(m.Agent, uris))]);
        if (o.Dating is { } d) json["dateCreated"] = d.Edtf.Length > 0 ? d.Edtf : d.Text;
        if (o.Materials.Count > 0) json["material"] = new JsonArray([.. o.Materials.Select(m => (JsonNode)m.Label(language))]);
        if (o.Images.Count > 0)
        {
            json["image"] = new JsonArray([.. o.Images.Select(i => (JsonNode)uris.Image(i.Id))]);
            json["thumbnailUrl"] = uris.Image(o.Images[0].Id);
        }
        if (o.Rights.Licence.Length > 0) json["license"] = o.Rights.Licence;
        if (o.Rights.Holder.Length > 0) json["copyrightHolder"] = new JsonObject { ["@type"] = "Organization", ["name"] = o.Rights.Holder };
        if (o.Rights.CreditLine.Length > 0) json["creditText"] = o.Rights.CreditLine;
        json["provider"] = new JsonObject
        {
            ["@type"] = o.Organisation.Kind switch { "Museum" => "Museum", "Archive" => "ArchiveOrganization", "HeritageLibrary" => "Library", _ => "Organization" },
            ["@id"] = uris.Organisation(o.Organisation.Slug),
            ["name"] = o.Organisation.Name,
            ["url"] = uris.Doc("organisation", o.Organisation.Slug),
        };
        json["dateModified"] = o.UpdatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return json.ToJsonString(Options);
    }

    private static JsonObject Agent(PublicAgent a, PublicUris uris)
    {
        var agent = new JsonObject
        {
            ["@type"] = a.IsPerson ? "Person" : "Organization",
            ["@id"] = uris.Agent(a.Id),
            ["name"] = a.Name,
        };
        if (a.IsPerson && a.Birth.Length > 0) agent["birthDate"] = a.Birth;
        if (a.IsPerson && a.Death.Length > 0) agent["deathDate"] = a.Death;
        if (a.SameAs.Count > 0) agent["sameAs"] = new JsonArray([.. a.SameAs.Select(s => (JsonNode)s)]);
        return agent;
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
