using Depot.Core.Registration.Objects;
using Depot.Preservation.Derivatives;
using Depot.Storage.Database;
using Depot.Storage.Demo;
using Depot.Storage.Images;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Demo;

/// <summary>
/// Real (generated) images for the first public demo objects, so the portal, IIIF and the viewer have
/// something to show. In the web host they become depot files (derivatives, IIIF Image API tiles).
/// </summary>
public static class DemoImages
{
    public const int ObjectCount = 20;

    public static async Task SeedAsync(IServiceProvider services, long organisationId, CancellationToken ct)
    {
        var database = services.GetRequiredService<DepotDatabase>();
        // The CLI's `depot demo` has no web services: it makes its own store over the default media folder.
        var intake = services.GetService<ObjectImageIntake>();
        var store = services.GetService<ObjectImageStore>() ?? new ObjectImageStore(database, services.GetRequiredService<RecordStore>(),
            new MediaFiles(new MediaOptions(), database.Target), services.GetRequiredService<TimeProvider>(), services.GetService<PublicationProjector>());
        Add add = intake is not null ? intake.AddAsync : store.AddAsync;
        List<CollectionObject> objects;
        await using (var db = database.CreateContext())
            objects = await db.Objects.Where(o => o.OrganisationId == organisationId && o.PublicationStatus == PublicationStatus.Public && !o.IsDeleted)
                .OrderBy(o => o.Id).Take(ObjectCount).ToListAsync(ct);
        var actor = new Actor(null, "demo");
        foreach (var (o, n) in objects.Select((o, n) => (o, n)))
        {
            var title = o.PreferredTitle.Length > 0 ? o.PreferredTitle : o.ObjectNumber;
            await AddAsync(add, o, DemoPicture.Png($"{o.ObjectNumber} {title}"), "voorzijde.png", "Vooraanzicht", actor, ct);
            // Every third object has a second, upright view.
            if (n % 3 == 0)
                await AddAsync(add, o, DemoPicture.Png($"{o.ObjectNumber} detail", 360, 480, variant: 1), "detail.png", "Detail", actor, ct);
        }
    }

    private delegate Task<ImageAdded> Add(long organisationId, long objectId, Stream content, string? fileName, string caption, Actor actor, CancellationToken ct);

    private static async Task AddAsync(Add add, CollectionObject o, byte[] png, string name, string caption, Actor actor, CancellationToken ct)
    {
        using var content = new MemoryStream(png);
        await add(o.OrganisationId, o.Id, content, name, caption, actor, ct);
    }
}
