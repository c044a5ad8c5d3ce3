using Depot.Core.Organisations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;

namespace Depot.Publishing.Tests.LinkedData;

/// <summary>
/// A museum with one object that meets the Basisregistratie profile (title, number, description,
/// object name matched to the AAT, maker with role and life dates, dating, material, technique,
/// dimensions, subjects, inscription, rights), and one internal object beside it.
/// </summary>
internal sealed record LinkedDataWorld(Organisation Museum, CollectionObject Painting, CollectionObject Internal,
    Agent Maker, Agent Sitter, Place Ghent, Concept ObjectName, Concept Oil)
{
    public const string InternalNote = "Craquelé in de vernislaag, intern dossier 77";
    public const string AgentNote = "Interne nota over de erfgenamen";

    public static async Task<LinkedDataWorld> CreateAsync(PublicDepot depot, CancellationToken ct)
    {
        var museum = await depot.CreateOrganisationAsync("msk-lod", ct);
        var scheme = await depot.CreateSchemeAsync(museum, ct);
        Task<Concept> Term(string nl, string en, string aat) => depot.CreateAsync(museum, new Concept
        {
            SchemeId = scheme.Id,
            PrefLabelNl = nl,
            PrefLabelEn = en,
            ExactMatches = ["http://vocab.getty.edu/aat/" + aat],
        }, ct);
        var painting = await Term("schilderij", "painting", "300033618");
        var oil = await Term("olieverf", "oil paint", "300015050");
        var canvas = await Term("doek", "canvas", "300014078");
        var technique = await Term("schilderen", "painting (image-making)", "300054216");
        var portrait = await Term("portret", "portrait", "300015637");
        var maker = await depot.CreateAsync(museum, new Agent
        {
            Name = "Rysselberghe, Théo van",
            Kind = AgentKind.Person,
            Birth = HistoricalDate.Parse("1862"),
            Death = HistoricalDate.Parse("1926"),
            ExternalIds = [new ExternalId("rkd", "69144"), new ExternalId("wikidata", "Q327236")],
            Note = AgentNote,
        }, ct);
        var sitter = await depot.CreateAsync(museum, new Agent { Name = "Van Mons, Marguerite", Kind = AgentKind.Person }, ct);
        var ghent = await depot.CreateAsync(museum, new Place
        {
            Name = "Gent",
            Latitude = 51.05,
            Longitude = 3.72,
            ExternalIds = [new ExternalId("geonames", "2797656")],
        }, ct);
        var o = await depot.CreatePublicObjectAsync(museum, "1979-C", "Portret van Marguerite Van Mons", ct, x =>
        {
            x.Titles = [new Title("Portret van Marguerite Van Mons"), new Title("Portrait of Marguerite Van Mons", "en", TitleType.Alternate)];
            x.ShortDescription = "Portret van het jongste dochtertje van Emile Van Mons, tien jaar oud.";
            x.NumberOfParts = 1;
            x.ObjectNameId = painting.Id;
            x.Makers = [new MakerCredit(maker.Id, "schilder")];
            x.Dating = HistoricalDate.Parse("1886");
            x.MaterialIds = [oil.Id, canvas.Id];
            x.TechniqueIds = [technique.Id];
            x.Dimensions = [new Dimension("hoogte", 89.5m, "cm"), new Dimension("breedte", 70m, "cm", "zonder lijst")];
            x.Subjects = [new SubjectReference(SubjectKind.MainMotif, portrait.Id), new SubjectReference(SubjectKind.DepictedAgent, sitter.Id),
                new SubjectReference(SubjectKind.DepictedPlace, ghent.Id)];
            x.Inscriptions = [new Inscription("signatuur", "Théo van Rysselberghe 1886", "rechtsonder")];
            x.Rights = new Rights("https://creativecommons.org/publicdomain/mark/1.0/", "MSK Gent", "Foto: Hugo Maertens");
            x.ConditionNote = InternalNote;
        });
        var hidden = await depot.CreateAsync(museum, new CollectionObject
        {
            ObjectNumber = "INT-1",
            Titles = [new Title("Geheim depotstuk")],
            PublicationStatus = PublicationStatus.Internal,
            ObjectNameId = painting.Id,
        }, ct);
        await depot.CatchUpAsync(ct);
        return new LinkedDataWorld(museum, o, hidden, maker, sitter, ghent, painting, oil);
    }
}
