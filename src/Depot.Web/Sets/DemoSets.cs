using Depot.Storage.Records;
using Depot.Storage.Search;
using Depot.Storage.Sets;

namespace Depot.Web.Sets;

/// <summary>Demo werksets and a shared saved search, so <c>serve --demo</c> shows what the team keeps.</summary>
public static class DemoSets
{
    private static readonly Actor Registrar = new(null, "Rik Registrator");

    public static async Task SeedAsync(IServiceProvider services, long organisationId, CancellationToken ct)
    {
        // Built here rather than resolved: the demo is also seeded by hosts without the sets module (the CLI).
        var database = services.GetRequiredService<Depot.Storage.Database.DepotDatabase>();
        var clock = services.GetRequiredService<TimeProvider>();
        var sets = new SetStore(database, clock);
        var exhibition = await sets.CreateAsync(organisationId, "Tentoonstelling ‘Barok in huis’ 2027",
            "Kandidaat-objecten voor de zomertentoonstelling; te bespreken met de conservator.", Registrar, ct);
        await sets.AddMatchingAsync(organisationId, exhibition.Id, new ObjectQuery { Centuries = [17] }, ct);
        var photography = await sets.CreateAsync(organisationId, "Te fotograferen",
            "Objecten zonder afbeelding, voor de fotocampagne van dit najaar.", Registrar, ct);
        var search = new ObjectSearch(database);
        var first = await search.SearchAsync(organisationId, new ObjectQuery { HasImage = false, Sort = ObjectSort.ObjectNumber, Limit = 40, WithFacets = false }, "nl", ct);
        await sets.AddAsync(organisationId, photography.Id, first.Hits.Select(h => h.Id).ToList(), ct);
        await new SavedSearchStore(database, clock).CreateAsync(organisationId, "Publieke objecten, laatst gewijzigd",
            "publication=Public&sort=LastChanged&view=grid", shared: true, Registrar, ct);
    }
}
