using Depot.Core;
using Depot.Core.History;
using Depot.Core.Procedures;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Web.Demo;
using Depot.Web.Hosting;
using Depot.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Web.Tests.Demo;

public sealed class DemoSeederTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseEngine> Engines => [DatabaseEngine.Sqlite, DatabaseEngine.Postgres];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Seeding_twice_gives_one_demo_organisation_with_its_objects_and_accounts(DatabaseEngine engine)
    {
        await using var services = await ServicesAsync(engine);

        await DemoSeeder.SeedAsync(services, 120, Ct);
        await DemoSeeder.SeedAsync(services, 120, Ct);

        await using var db = services.GetRequiredService<DepotDatabase>().CreateContext();
        var demo = await db.Organisations.SingleAsync(o => o.Slug == DemoAccounts.OrganisationSlug, Ct);
        var archive = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.OtherOrganisationSlug, Ct);
        Assert.Equal("Erfgoedhuis Demo", demo.Name);
        Assert.Equal("Antwerpen", demo.Address.City);
        // 120 collection objects, plus three that came in through the demo's object entries.
        Assert.Equal(120 + 3, await db.Objects.CountAsync(o => o.OrganisationId == demo.Id, Ct));
        Assert.Equal(DemoSeeder.OtherOrganisationObjectCount, await db.Objects.CountAsync(o => o.OrganisationId == archive.Id, Ct));
        Assert.Equal(120 + 3 + DemoSeeder.OtherOrganisationObjectCount,
            await db.RecordVersions.CountAsync(v => v.RecordType == RecordType.Object && v.Change == ChangeKind.Created, Ct));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(1, await db.Set<Loan>().CountAsync(l => l.OrganisationId == demo.Id && l.Status == LoanStatus.OnLoan && l.EndDate < today, Ct));
        Assert.Equal(1, await db.Objects.CountAsync(o => o.OrganisationId == demo.Id && o.CollectionStatus == CollectionStatus.Exited, Ct));
        Assert.Equal(1, await db.Objects.CountAsync(o => o.OrganisationId == demo.Id && o.CollectionStatus == CollectionStatus.Entered, Ct));
        // The demo's moves and its one closed inventory (objects moved there also got a version each).
        Assert.True(await db.Set<Depot.Core.Movements.Movement>().CountAsync(m => m.OrganisationId == demo.Id, Ct) >= 5);
        Assert.Equal(Depot.Core.Inventories.InventoryStatus.Closed,
            (await db.Set<Depot.Core.Inventories.Inventory>().SingleAsync(i => i.OrganisationId == demo.Id, Ct)).Status);
        Assert.Equal(1, await db.Agents.CountAsync(a => a.OrganisationId == demo.Id && a.Name == "Rubens, Peter Paul", Ct));
        Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync(Ct));
        // The first public objects have generated images (every third a second one), and know it.
        Assert.Equal(DemoImages.ObjectCount, await db.Objects.CountAsync(o => o.OrganisationId == demo.Id && o.HasImage && o.PublicationStatus == PublicationStatus.Public, Ct));
        Assert.Equal(DemoImages.ObjectCount + 7, await db.ObjectImages.CountAsync(i => i.OrganisationId == demo.Id, Ct));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Demo_accounts_sign_in_with_the_demo_password_and_hold_their_roles(DatabaseEngine engine)
    {
        await using var services = await ServicesAsync(engine);
        await DemoSeeder.SeedAsync(services, 10, Ct);
        var accounts = services.GetRequiredService<UserAccounts>();

        foreach (var account in DemoAccounts.All)
        {
            var result = await accounts.VerifyAsync(account.Email, DemoAccounts.Password, Ct);
            Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
            var user = await accounts.FindByEmailAsync(account.Email, Ct);
            Assert.Equal(account.PlatformRole, user!.PlatformRole);
            Assert.Equal(account.Role, user.Memberships.SingleOrDefault()?.Role);
        }
        await using var db = services.GetRequiredService<DepotDatabase>().CreateContext();
        var archive = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.OtherOrganisationSlug, Ct);
        Assert.False(await db.Memberships.AnyAsync(m => m.OrganisationId == archive.Id, Ct));
        Assert.Contains(await db.Objects.Where(o => o.OrganisationId == archive.Id).Select(o => o.ObjectNameId).ToListAsync(Ct),
            id => id is not null);
        Assert.True(await db.Objects.AnyAsync(o => o.PublicationStatus == PublicationStatus.Public, Ct));
    }

    private static async Task<ServiceProvider> ServicesAsync(DatabaseEngine engine)
    {
        var target = await DemoTestDatabases.NewAsync(engine, Ct);
        var services = new ServiceCollection().AddLogging().AddDepotStorage(target).BuildServiceProvider();
        await services.GetRequiredService<DepotDatabase>().MigrateAsync(Ct);
        return services;
    }
}
