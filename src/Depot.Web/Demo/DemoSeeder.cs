using Depot.Core.Identity;
using Depot.Core.Organisations;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Demo;
using Depot.Storage.Records;
using Depot.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Demo;

/// <summary>Seeds the demo organisation, its accounts, thesauri, agents, locations and objects (idempotent).</summary>
public static class DemoSeeder
{
    public const int DefaultObjectCount = 600;
    public const string OtherOrganisationSlug = "stadsarchief-voorbeeldstad";
    public const int OtherOrganisationObjectCount = 40;

    private static readonly Actor Seeder = new(null, "demo");

    /// <summary>
    /// Creates "Erfgoedhuis Demo" with <paramref name="objectCount"/> objects and one account per
    /// role, plus a small second organisation so tenant isolation can be seen. Does nothing when
    /// the demo organisation already exists.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services, int objectCount, CancellationToken ct)
    {
        var database = services.GetRequiredService<DepotDatabase>();
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder));
        await using (var db = database.CreateContext())
            if (await db.Organisations.AnyAsync(o => o.Slug == DemoAccounts.OrganisationSlug, ct)) return;

        var demo = await AddOrganisationAsync(database, clock, new Organisation
        {
            Slug = DemoAccounts.OrganisationSlug,
            Name = "Erfgoedhuis Demo",
            Kind = OrganisationKind.Museum,
            Address = new Address("Kaasrui 12", "2000", "Antwerpen", "BE"),
        }, ct);
        var archive = await AddOrganisationAsync(database, clock, new Organisation
        {
            Slug = OtherOrganisationSlug,
            Name = "Stadsarchief Voorbeeldstad",
            Kind = OrganisationKind.Archive,
            Address = new Address("Archiefstraat 3", "9000", "Gent", "BE"),
        }, ct);

        var accounts = services.GetRequiredService<UserAccounts>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await accounts.FindByEmailAsync(account.Email, ct)
                ?? await accounts.CreateAsync(account.Email, account.DisplayName, DemoAccounts.Password, account.PlatformRole, ct);
            if (account.Role is OrganisationRole role) await accounts.SetMembershipAsync(user.Id, demo.Id, role, ct);
        }

        var loader = new BulkLoader(database, clock);
        var started = clock.GetTimestamp();
        var museum = new RealisticCollection(seed: 1, CollectionProfile.Museum, demo.Name);
        await loader.LoadAuthoritiesAsync(demo.Id, museum.Authorities, Seeder, ct);
        var loaded = await loader.LoadObjectsAsync(demo.Id, museum.Objects(objectCount), Seeder, null, ct);
        await Sets.DemoSets.SeedAsync(services, demo.Id, ct);

        await ProcedureDemo.SeedAsync(services, demo.Id, ct);
        await DemoMovements.SeedAsync(services, demo.Id, ct);
        await DemoImages.SeedAsync(services, demo.Id, ct);

        var city = new RealisticCollection(seed: 2, CollectionProfile.Archive, archive.Name);
        await loader.LoadAuthoritiesAsync(archive.Id, city.Authorities, Seeder, ct);
        await loader.LoadObjectsAsync(archive.Id, city.Objects(OtherOrganisationObjectCount), Seeder, null, ct);
        logger.LogInformation("Demo data: {Objects} objects in {Organisation} in {Elapsed:0.0} s", loaded.Loaded, demo.Name,
            clock.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task<Organisation> AddOrganisationAsync(DepotDatabase database, TimeProvider clock, Organisation organisation, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var existing = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == organisation.Slug, ct);
        if (existing is not null) return existing;
        organisation.CreatedAt = clock.GetUtcNow();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation;
    }
}
