using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Records;

namespace Depot.Web.Tests.Support;

// Records arranged directly through the app's RecordStore, as "system".
public sealed partial class DepotApp
{
    private RecordStore Records => Service<RecordStore>();

    public Task<CollectionObject> CreateObjectAsync(TestOrganisation organisation, string number, string title, CancellationToken ct,
        PublicationStatus publication = PublicationStatus.Internal) =>
        Records.CreateAsync(organisation.Id, new CollectionObject
        {
            ObjectNumber = number,
            Titles = [new Title(title)],
            ShortDescription = title,
            PublicationStatus = publication,
        }, Actor.System, ct);

    public Task<Agent> CreateAgentAsync(TestOrganisation organisation, string name, CancellationToken ct) =>
        Records.CreateAsync(organisation.Id, new Agent { Name = name, Kind = AgentKind.Person }, Actor.System, ct);

    public Task<Place> CreatePlaceAsync(TestOrganisation organisation, string name, CancellationToken ct) =>
        Records.CreateAsync(organisation.Id, new Place { Name = name }, Actor.System, ct);

    public Task<Concept> CreateConceptAsync(TestOrganisation organisation, string label, CancellationToken ct) =>
        Records.CreateAsync(organisation.Id, new Concept { SchemeId = organisation.SchemeId, PrefLabelNl = label }, Actor.System, ct);

    public Task<Location> CreateLocationAsync(TestOrganisation organisation, string name, CancellationToken ct) =>
        Records.CreateAsync(organisation.Id, new Location { Name = name, Code = "D1", Kind = LocationKind.Building }, Actor.System, ct);
}
