using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Sets;

namespace Depot.Publishing.Tests.Oai;

/// <summary>
/// A museum with what OAI-PMH must show and must hide: a fully described public painting with an
/// image, a published collection set, an internal object and internal fields (acquisition source,
/// condition note) that no record may carry.
/// </summary>
internal sealed record OaiMuseum(Organisation Organisation, CollectionObject Painting, CollectionObject Internal, long CollectionSetId)
{
    public const string SecretDonor = "Janssens, Maria (schenker)";
    public const string SecretCondition = "Vochtschade aan de onderrand";

    public static async Task<OaiMuseum> CreateAsync(PublicDepot depot, string slug, CancellationToken ct)
    {
        var org = await depot.CreateOrganisationAsync(slug, ct);
        var scheme = await depot.CreateSchemeAsync(org, ct);
        var painting = await depot.CreateAsync(org, new Concept { SchemeId = scheme.Id, PrefLabelNl = "schilderij", PrefLabelEn = "painting", Uri = "http://vocab.getty.edu/aat/300033618" }, ct);
        var oil = await depot.CreateAsync(org, new Concept { SchemeId = scheme.Id, PrefLabelNl = "olieverf", PrefLabelEn = "oil paint", Uri = "http://vocab.getty.edu/aat/300015050" }, ct);
        var flowers = await depot.CreateAsync(org, new Concept { SchemeId = scheme.Id, PrefLabelNl = "bloemen", PrefLabelEn = "flowers" }, ct);
        var maker = await depot.CreateAsync(org, new Agent { Name = "Brueghel, Jan", Kind = AgentKind.Person, ExternalIds = [new ExternalId("rkd", "13280")] }, ct);
        var donor = await depot.CreateAsync(org, new Agent { Name = SecretDonor, Kind = AgentKind.Person }, ct);
        var o = await depot.CreatePublicObjectAsync(org, "S.1", "Bloemen in een houten vat", ct, x =>
        {
            x.ObjectNameId = painting.Id;
            x.Makers = [new MakerCredit(maker.Id, "schilder")];
            x.Dating = new HistoricalDate(1606, 1607, "ca. 1606-1607", DatePrecision.Circa);
            x.MaterialIds = [oil.Id];
            x.Dimensions = [new Dimension("hoogte", 98.5m, "cm")];
            x.Subjects = [new SubjectReference(SubjectKind.MainMotif, flowers.Id)];
            x.Inscriptions = [new Inscription("signatuur", "BRUEGHEL")];
            x.Rights = new Rights("https://creativecommons.org/publicdomain/mark/1.0", "", "Schenking van de Vrienden van het museum");
            x.Acquisition = new Acquisition(null, donor.Id, new DateOnly(1990, 5, 1), "Schenking onder voorwaarden");
            x.ConditionNote = SecretCondition;
        });
        var hidden = await depot.CreateAsync(org, new CollectionObject { ObjectNumber = "S.2", Titles = [new Title("Intern studiestuk")] }, ct);

        await using var db = depot.Service<DepotDatabase>().CreateContext();
        db.ObjectImages.Add(new ObjectImage
        {
            OrganisationId = org.Id,
            ObjectId = o.Id,
            FileName = "s1.jpg",
            MediaType = "image/jpeg",
            Width = 800,
            Height = 600,
            StoragePath = "s1.jpg",
            Caption = "Vooraanzicht",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        var set = new ObjectSet { OrganisationId = org.Id, Kind = ObjectSetKind.Werkset, Name = "Topstukken", Description = "De topstukken van het museum", IsPublished = true, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.ObjectSets.Add(set);
        await db.SaveChangesAsync(ct);
        db.ObjectSetMembers.Add(new ObjectSetMember { SetId = set.Id, ObjectId = o.Id, OrganisationId = org.Id });
        db.ObjectSetMembers.Add(new ObjectSetMember { SetId = set.Id, ObjectId = hidden.Id, OrganisationId = org.Id });
        await db.SaveChangesAsync(ct);
        await depot.CatchUpAsync(ct);
        await depot.Service<Storage.Publishing.PublicationProjector>().RefreshAsync([o.Id], ct);
        return new OaiMuseum(org, o, hidden, set.Id);
    }
}
