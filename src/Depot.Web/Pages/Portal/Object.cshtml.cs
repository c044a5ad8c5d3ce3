using Depot.Core.Publishing;
using Depot.Publishing;
using Depot.Storage.Publishing;
using Depot.Web.Hosting;
using Depot.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Portal;

/// <summary>
/// The HTML document of an object's persistent URI (<c>/doc/object/{id}</c>): its public shape with
/// schema.org JSON-LD, Open Graph and the linked-data alternates in the head. 410 once withdrawn; 404 if never public.
/// </summary>
public sealed class ObjectModel(PublicationStore store, PublicUris uris) : PortalPageModel
{
    public PublicObject Object { get; private set; } = null!;
    public PublishedRecord Record { get; private set; } = null!;
    public string SchemaOrgJson { get; private set; } = "";
    public PublicUris Uris => uris;
    public string Key => Object.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var state = await store.FindObjectAsync(id, ct);
        if (state is null) return Missing(StatusCodes.Status404NotFound);
        if (state.Current is null) return Missing(StatusCodes.Status410Gone);
        Object = state.Current;
        Record = state.Record;
        SchemaOrgJson = SchemaOrg.ForObject(Object, uris, Language.IsEnglish(HttpContext) ? "en" : "nl");
        return Page();
    }
}
