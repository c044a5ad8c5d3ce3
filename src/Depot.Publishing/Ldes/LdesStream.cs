using System.Globalization;

namespace Depot.Publishing.Ldes;

/// <summary>
/// One event stream: the sector's (<c>/ldes/sector</c>, every organisation) or one organisation's
/// (<c>/ldes/{slug}</c>), with the IRIs of its pages and members.
/// </summary>
/// <param name="Name">The route key: <c>sector</c> or an organisation's slug.</param>
/// <param name="OrganisationId">Null for the sector stream.</param>
/// <param name="Title">The stream's title (the organisation's name).</param>
internal sealed record LdesStream(string Name, long? OrganisationId, string Title)
{
    public const string Sector = "sector";

    /// <summary>The stream, whose document is also its view.</summary>
    public string Iri(PublicUris uris) => uris.Route("ldes/" + Uri.EscapeDataString(Name));

    /// <summary>The page holding the stream's members after feed position <paramref name="after"/> (0: the first page).</summary>
    public string Page(PublicUris uris, long after) => Iri(uris) + "/pages/" + after.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A member: one publication event, the same version in the organisation's and the sector's stream.
    /// Dereferenceable: <c>/ldes/members/{sequence}</c> serves it on its own.
    /// </summary>
    public static string Member(PublicUris uris, long sequence) =>
        uris.Route("ldes/members/" + sequence.ToString(CultureInfo.InvariantCulture));
}
