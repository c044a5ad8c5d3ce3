using Depot.Core.Locations;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Storage.Bulk;

namespace Depot.Storage.Demo;

/// <summary>Which kinds of object dominate: a museum holds paintings and prints, an archive books, maps and photos.</summary>
public enum CollectionProfile
{
    Museum,
    Archive,
}

/// <summary>
/// A deterministic, realistic Flemish heritage collection: thesauri with Dutch and English labels
/// (Getty AAT matches only where they are known to be right), about 300 makers, a storage
/// tree and any number of objects. The same seed gives the same data on every run. Objects are
/// streamed, so a million of them take no more memory than ten.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A heritage collection, not a .NET collection type.")]
public sealed partial class RealisticCollection
{
    private readonly int seed;
    private readonly CollectionProfile profile;
    private readonly string creditLine;
    private readonly Dictionary<string, Concept> objectNames = [];
    private readonly Dictionary<string, Concept> materials = [];
    private readonly Dictionary<string, Concept> techniques = [];
    private readonly Dictionary<string, Concept> subjects = [];
    private readonly List<Concept> conditions = [];
    private readonly List<Concept> acquisitionMethods = [];
    private readonly Dictionary<ObjectKind, List<Maker>> makersByKind = [];
    private readonly List<Place> places = [];
    private readonly List<Location> shelves = [];
    private readonly List<Location> galleries = [];

    /// <param name="seed">The same seed gives the same collection.</param>
    /// <param name="profile">Which kinds of object dominate.</param>
    /// <param name="creditLine">The credit line in the objects' rights ("Collectie Erfgoedhuis Demo").</param>
    public RealisticCollection(int seed = 1, CollectionProfile profile = CollectionProfile.Museum, string creditLine = "")
    {
        this.seed = seed;
        this.profile = profile;
        this.creditLine = creditLine;
        var random = new Random(seed);
        AddThesauri();
        AddMakers(random);
        AddPlaces();
        AddLocations();
    }

    /// <summary>
    /// The authority records the objects refer to. Load them first (the loader gives them their
    /// real ids in place); <see cref="Objects"/> reads the ids when it produces each object.
    /// </summary>
    public AuthoritySet Authorities { get; } = new();

    private sealed record Maker(Agent Agent, int ActiveFrom, int ActiveTo);

    private void AddThesauri()
    {
        var a = Authorities;
        var names = a.AddScheme("urn:depot:demo:objectnamen", "Objectnamen", "Object names", ThesaurusPurpose.ObjectName);
        foreach (var t in DemoVocabulary.ObjectNames) objectNames[t.Nl] = a.AddConcept(names, t.Nl, t.En, t.Aat);
        var mats = a.AddScheme("urn:depot:demo:materialen", "Materialen", "Materials", ThesaurusPurpose.Material);
        foreach (var t in DemoVocabulary.Materials) materials[t.Nl] = a.AddConcept(mats, t.Nl, t.En, t.Aat);
        var techs = a.AddScheme("urn:depot:demo:technieken", "Technieken", "Techniques", ThesaurusPurpose.Technique);
        foreach (var t in DemoVocabulary.Techniques) techniques[t.Nl] = a.AddConcept(techs, t.Nl, t.En, t.Aat);
        var conds = a.AddScheme("urn:depot:demo:toestand", "Toestand", "Condition", ThesaurusPurpose.Condition);
        foreach (var t in DemoVocabulary.Conditions) conditions.Add(a.AddConcept(conds, t.Nl, t.En, t.Aat));
        var acq = a.AddScheme("urn:depot:demo:verwervingsmethoden", "Verwervingsmethoden", "Acquisition methods", ThesaurusPurpose.AcquisitionMethod);
        foreach (var t in DemoVocabulary.AcquisitionMethods) acquisitionMethods.Add(a.AddConcept(acq, t.Nl, t.En, t.Aat));
        var subs = a.AddScheme("urn:depot:demo:onderwerpen", "Onderwerpen", "Subjects", ThesaurusPurpose.Subject);
        foreach (var t in DemoVocabulary.Subjects) subjects[t.Nl] = a.AddConcept(subs, t.Nl, t.En, t.Aat);
    }

    private void AddPlaces()
    {
        foreach (var p in DemoPlaces.All)
            places.Add(Authorities.AddPlace(new Place { Name = p.Name, Latitude = p.Latitude, Longitude = p.Longitude }));
    }

    /// <summary>Building › room or depot › cabinet › shelf, as the labels on the shelves read.</summary>
    private void AddLocations()
    {
        var a = Authorities;
        var main = a.AddLocation(LocationKind.Building, "HG", "Hoofdgebouw", null);
        string[] rooms = ["Zaal 1 – Vlaamse Primitieven", "Zaal 2 – Barok", "Zaal 3 – Negentiende eeuw", "Studiezaal"];
        for (var i = 0; i < rooms.Length; i++)
            galleries.Add(a.AddLocation(LocationKind.Room, $"HG.Z{i + 1}", rooms[i], main));
        var depot = a.AddLocation(LocationKind.Building, "DN", "Depot Noord", null);
        string[] depots = ["Depot A – schilderijen", "Depot B – grafiek en papier", "Depot C – textiel", "Depot D – objecten"];
        for (var d = 0; d < depots.Length; d++)
        {
            var letter = (char)('A' + d);
            var room = a.AddLocation(LocationKind.Room, $"DN.{letter}", depots[d], depot);
            for (var k = 1; k <= 3; k++)
            {
                var cabinet = a.AddLocation(LocationKind.Cabinet, $"DN.{letter}.K{k}", $"Kast {letter}{k}", room);
                for (var p = 1; p <= 3; p++)
                    shelves.Add(a.AddLocation(LocationKind.Shelf, $"DN.{letter}.K{k}.P{p}", $"Plank {letter}{k}.{p}", cabinet));
            }
        }
    }

    private void AddMakers(Random r)
    {
        foreach (var m in DemoMakers.Historic)
            AddMaker(new Agent { Kind = AgentKind.Person, Name = m.Name, Birth = HistoricalDate.Parse(m.Birth), Death = HistoricalDate.Parse(m.Death) }, m.Kinds);

        var kinds = KindProfiles.All.Where(k => Weight(k) > 0).Select(k => k.Kind).ToArray();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        while (taken.Count < 215)
        {
            var name = $"{DemoMakers.Surnames[r.Next(DemoMakers.Surnames.Length)]}, {DemoMakers.GivenNames[r.Next(DemoMakers.GivenNames.Length)]}";
            var birth = 1440 + r.Next(520);
            var death = birth + 35 + r.Next(55);
            var circa = r.Next(100) < 15 ? "ca. " : "";
            if (!taken.Add(name)) continue;
            AddMaker(new Agent
            {
                Kind = AgentKind.Person,
                Name = name,
                Birth = HistoricalDate.Parse(circa + birth.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Death = death <= 2024 ? new HistoricalDate(death, death, "") : null,
            }, kinds[r.Next(kinds.Length)], kinds[r.Next(kinds.Length)]);
        }
        foreach (var (pattern, kind) in DemoMakers.Firms)
            for (var i = 0; i < 3; i++)
            {
                var founded = 1780 + r.Next(160);
                var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, DemoMakers.Surnames[r.Next(DemoMakers.Surnames.Length)]);
                if (!taken.Add(name)) continue;
                AddMaker(new Agent { Kind = AgentKind.Organisation, Name = name, Birth = new HistoricalDate(founded, founded, ""), Note = "firma" }, kind);
            }
    }

    private void AddMaker(Agent agent, params ObjectKind[] kinds)
    {
        Authorities.AddAgent(agent);
        var born = agent.Birth?.Earliest ?? 1500;
        var from = agent.Kind == AgentKind.Person ? born + 18 : born;
        var to = agent.Death?.Latest ?? Math.Min(born + 85, 2024);
        foreach (var kind in kinds.Distinct())
        {
            if (!makersByKind.TryGetValue(kind, out var list)) makersByKind[kind] = list = [];
            list.Add(new Maker(agent, from, Math.Max(from, to)));
        }
    }

    private int Weight(KindProfile k) => profile == CollectionProfile.Archive ? k.ArchiveWeight : k.MuseumWeight;
}
