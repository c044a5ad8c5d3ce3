using Depot.Core.Identity;
using Depot.Core.Locations;
using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Browser.Tests.Support;

/// <summary>The terms an arranged organisation has: object names, materials, makers, locations.</summary>
public sealed record Terms(
    IReadOnlyDictionary<string, long> ObjectNames,
    IReadOnlyDictionary<string, long> Materials,
    IReadOnlyDictionary<string, long> Agents,
    IReadOnlyDictionary<string, long> Locations);

/// <summary>Arranges data through the app's own services, as a registrar would have made it.</summary>
public sealed class Arrange(IServiceProvider services)
{
    public const string Password = "geheim-wachtwoord-1";

    private readonly RecordStore _records = services.GetRequiredService<RecordStore>();
    private readonly UserAccounts _users = services.GetRequiredService<UserAccounts>();
    private readonly DepotDatabase _database = services.GetRequiredService<DepotDatabase>();

    public async Task<Organisation> OrganisationAsync(string name)
    {
        var organisation = new Organisation
        {
            Slug = "org-" + Guid.NewGuid().ToString("N")[..10],
            Name = name,
            Kind = OrganisationKind.Museum,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await using var db = _database.CreateContext();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>A user with a role in <paramref name="organisation"/>; returns the e-mail address to sign in with.</summary>
    public async Task<string> UserAsync(Organisation organisation, OrganisationRole role, string displayName)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.depot";
        var user = await _users.CreateAsync(email, displayName, Password, PlatformRole.None, CancellationToken.None);
        await _users.SetMembershipAsync(user.Id, organisation.Id, role, CancellationToken.None);
        return email;
    }

    public async Task<Terms> TermsAsync(Organisation organisation)
    {
        var objectNames = await ConceptsAsync(organisation, "Objectnamen", "Object names",
            ("schilderij", "painting"), ("beeldhouwwerk", "sculpture"), ("kandelaar", "candlestick"), ("kaart", "map"));
        var materials = await ConceptsAsync(organisation, "Materialen", "Materials",
            ("olieverf", "oil paint"), ("doek", "canvas"), ("brons", "bronze"), ("eikenhout", "oak"), ("papier", "paper"));
        var agents = new Dictionary<string, long>();
        foreach (var name in new[] { "Rubens, Peter Paul", "Jordaens, Jacob", "Quellinus, Artus", "Mercator, Gerard" })
            agents[name] = (await _records.CreateAsync(organisation.Id, new Agent { Name = name }, Actor.System, CancellationToken.None)).Id;
        var building = await _records.CreateAsync(organisation.Id, new Location { Name = "Depot Noord", Code = "DN", Kind = LocationKind.Building }, Actor.System, CancellationToken.None);
        var locations = new Dictionary<string, long> { ["Depot Noord"] = building.Id };
        foreach (var (name, code) in new[] { ("Zaal 1", "DN.Z1"), ("Kast 3", "DN.K3") })
            locations[name] = (await _records.CreateAsync(organisation.Id, new Location { Name = name, Code = code, Kind = LocationKind.Room, ParentId = building.Id }, Actor.System, CancellationToken.None)).Id;
        return new Terms(objectNames, materials, agents, locations);
    }

    public Task<CollectionObject> ObjectAsync(Organisation organisation, Terms terms, string number, string title,
        string objectName = "schilderij", string[]? materials = null, string? maker = null, string? dating = null,
        PublicationStatus publication = PublicationStatus.Internal, bool hasImage = false) =>
        _records.CreateAsync(organisation.Id, new CollectionObject
        {
            ObjectNumber = number,
            ObjectNameId = terms.ObjectNames[objectName],
            Titles = [new Title(title)],
            ShortDescription = $"{title}, beschreven voor de test.",
            NumberOfParts = 1,
            MaterialIds = (materials ?? ["olieverf"]).Select(m => terms.Materials[m]).ToList(),
            Makers = maker is null ? [] : [new MakerCredit(terms.Agents[maker], "schilder")],
            Dating = HistoricalDate.Parse(dating),
            CurrentLocationId = terms.Locations["Zaal 1"],
            PublicationStatus = publication,
            HasImage = hasImage,
        }, new Actor(null, "Testdata"), CancellationToken.None);

    /// <summary>A thesaurus for one purpose (a field of the form) with these terms; returns the terms' ids by Dutch label.</summary>
    public Task<Dictionary<string, long>> ThesaurusAsync(Organisation organisation, string titleNl, string titleEn, ThesaurusPurpose purpose, params (string Nl, string En)[] labels) =>
        ConceptsAsync(organisation, titleNl, titleEn, labels, purpose);

    private Task<Dictionary<string, long>> ConceptsAsync(Organisation organisation, string titleNl, string titleEn, params (string Nl, string En)[] labels) =>
        ConceptsAsync(organisation, titleNl, titleEn, labels, ThesaurusPurpose.General);

    private async Task<Dictionary<string, long>> ConceptsAsync(Organisation organisation, string titleNl, string titleEn, (string Nl, string En)[] labels, ThesaurusPurpose purpose)
    {
        var scheme = new ConceptScheme { OrganisationId = organisation.Id, TitleNl = titleNl, TitleEn = titleEn, Purpose = purpose, Uri = $"urn:test:{Guid.NewGuid():N}", CreatedAt = DateTimeOffset.UtcNow };
        await using (var db = _database.CreateContext())
        {
            db.ConceptSchemes.Add(scheme);
            await db.SaveChangesAsync();
        }
        var ids = new Dictionary<string, long>();
        foreach (var (nl, en) in labels)
            ids[nl] = (await _records.CreateAsync(organisation.Id, new Concept { SchemeId = scheme.Id, PrefLabelNl = nl, PrefLabelEn = en }, Actor.System, CancellationToken.None)).Id;
        return ids;
    }
}
