using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Completeness;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;

namespace Depot.Web.Tests.Objects;

public sealed class CompletenessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Organisation_completeness_counts_objects_meeting_minimal_registration_and_missing_fields(DatabaseEngine engine)
    {
        await using var app = await DepotApp.StartAsync(Ct, engine);
        var org = await app.CreateOrganisationAsync("museum-vol", Ct);
        var other = await app.CreateOrganisationAsync("museum-ander", Ct);
        var name = await app.CreateConceptAsync(org, "schilderij", Ct);
        var method = await app.CreateConceptAsync(org, "schenking", Ct);
        var donor = await app.CreateAgentAsync(org, "Vermeulen, Anna", Ct);
        var location = await app.CreateLocationAsync(org, "Depot", Ct);
        var records = app.Service<RecordStore>();
        await records.CreateAsync(org.Id, new CollectionObject
        {
            ObjectNumber = "V.1",
            ObjectNameId = name.Id,
            Titles = [new Title("Volledig")],
            ShortDescription = "Alles ingevuld",
            Acquisition = new Acquisition(method.Id, donor.Id, new DateOnly(2020, 5, 1)),
            CurrentLocationId = location.Id,
        }, Actor.System, Ct);
        await records.CreateAsync(org.Id, new CollectionObject
        {
            ObjectNumber = "V.2",
            Titles = [new Title("Half")],
            ShortDescription = "Zonder verwerving",
            Acquisition = new Acquisition(method.Id, null, null),
            CurrentLocationId = location.Id,
        }, Actor.System, Ct);
        await app.CreateObjectAsync(org, "V.3", "Alleen een titel", Ct);
        var deleted = await app.CreateObjectAsync(org, "V.4", "Verwijderd", Ct);
        await records.DeleteAsync<CollectionObject>(org.Id, deleted.Id, 1, Actor.System, Ct);
        await app.CreateObjectAsync(other, "A.1", "Andere organisatie", Ct);

        var stats = await app.Service<CompletenessStats>().ForOrganisationAsync(org.Id, Ct);

        Assert.Equal(3, stats.Total);
        Assert.Equal(1, stats.MeetingMinimal);
        Assert.Equal(2, stats.MissingPerField["objectName"]);
        Assert.Equal(0, stats.MissingPerField["title"]);
        Assert.Equal(1, stats.MissingPerField["acquisitionMethod"]);
        Assert.Equal(2, stats.MissingPerField["acquisitionSource"]);
        Assert.Equal(2, stats.MissingPerField["acquisitionDate"]);
        Assert.Equal(1, stats.MissingPerField["currentLocation"]);
        Assert.Equal(0, stats.MissingPerField["shortDescription"]);

        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/o/{org.Slug}/volledigheid", Ct));
        Assert.Contains("33,3 %", html, StringComparison.Ordinal);
        Assert.Contains("1 van 3 objecten hebben alle velden van de minimale registratie", html, StringComparison.Ordinal);
    }
}
