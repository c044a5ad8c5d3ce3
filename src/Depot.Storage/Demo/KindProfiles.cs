namespace Depot.Storage.Demo;

/// <summary>How the dimensions of a kind of object are measured.</summary>
internal enum DimensionShape
{
    Flat,
    Solid,
    Round,
    Book,
}

/// <summary>
/// What is plausible for one kind of object. <see cref="MaterialSets"/> are whole combinations
/// ("olieverf" on "doek") so an object never gets oil paint on a coin.
/// </summary>
internal sealed record KindProfile(
    ObjectKind Kind,
    int MuseumWeight,
    int ArchiveWeight,
    string[] Names,
    string[][] MaterialSets,
    string[] Techniques,
    string Role,
    int FromYear,
    int ToYear,
    DimensionShape Shape,
    double MinSize,
    double MaxSize);

internal static class KindProfiles
{
    public static readonly KindProfile[] All =
    [
        new(ObjectKind.Painting, 22, 1, ["schilderij", "schilderij", "schilderij", "drieluik", "olieverfschets", "miniatuur", "icoon"],
            [["olieverf", "doek"], ["olieverf", "paneel", "eikenhout"], ["olieverf", "doek"], ["tempera", "paneel"], ["olieverf", "karton"], ["olieverf", "koper"]],
            ["olieverfschildering"], "schilder", 1420, 1990, DimensionShape.Flat, 12, 320),
        new(ObjectKind.Print, 14, 6, ["prent", "ets", "gravure", "houtsnede", "lithografie"],
            [["papier", "inkt"], ["papier"]], ["ets", "gravure", "houtsnede", "lithografie"], "graveur", 1480, 1960, DimensionShape.Flat, 6, 60),
        new(ObjectKind.Drawing, 10, 4, ["tekening", "aquarel", "ontwerptekening"],
            [["papier", "potlood"], ["papier", "inkt"], ["papier", "waterverf"], ["papier", "krijt"], ["papier", "houtskool"]],
            ["tekenen"], "tekenaar", 1500, 1990, DimensionShape.Flat, 8, 90),
        new(ObjectKind.Sculpture, 7, 0, ["beeldhouwwerk", "beeld", "buste", "reliëf", "beeldje"],
            [["brons"], ["marmer"], ["eikenhout"], ["kalksteen"], ["terracotta"], ["gips"], ["ivoor"]],
            ["gieten", "hakken", "modelleren"], "beeldhouwer", 1300, 1990, DimensionShape.Solid, 8, 220),
        new(ObjectKind.Coin, 6, 1, ["munt", "munt", "penning", "bankbiljet"],
            [["zilver"], ["goud"], ["koper"], ["brons"], ["messing"]], ["slaan", "gieten"], "muntmeester", 1400, 1980, DimensionShape.Round, 1.2, 6),
        new(ObjectKind.Poster, 5, 8, ["affiche"],
            [["papier"]], ["lithografie", "zeefdruk", "boekdruk"], "ontwerper", 1880, 2010, DimensionShape.Flat, 30, 160),
        new(ObjectKind.Photo, 9, 14, ["foto", "foto", "glasnegatief", "prentbriefkaart"],
            [["fotopapier", "zilvergelatine"], ["glas", "zilvergelatine"], ["karton", "fotopapier"]], ["fotografie"], "fotograaf", 1855, 2010,
            DimensionShape.Flat, 6, 50),
        new(ObjectKind.Book, 4, 20, ["boek", "handschrift", "brief", "oorkonde"],
            [["papier", "leer"], ["perkament", "inkt"], ["papier", "inkt"], ["papier", "karton"]], ["boekdruk", "schrijven"], "auteur", 1300, 1990,
            DimensionShape.Book, 10, 50),
        new(ObjectKind.Map, 3, 12, ["kaart", "plattegrond", "atlas"],
            [["papier", "inkt"], ["papier", "waterverf"], ["perkament", "inkt"]], ["gravure", "lithografie", "tekenen"], "cartograaf", 1550, 1960,
            DimensionShape.Flat, 20, 120),
        new(ObjectKind.Furniture, 4, 0, ["meubel", "kast", "stoel", "tafel", "kist", "staande klok"],
            [["eikenhout"], ["notenhout"], ["eikenhout", "ijzer"], ["hout", "leer"], ["notenhout", "messing"]], ["draaien", "inleggen"], "meubelmaker", 1500, 1960,
            DimensionShape.Solid, 40, 260),
        new(ObjectKind.Textile, 4, 1, ["textiel", "wandtapijt", "kazuifel", "vaandel", "merklap", "kant"],
            [["wol", "zijde"], ["linnen"], ["zijde", "goud"], ["katoen"], ["linnen", "zijde"]], ["weven", "borduren"], "wever", 1450, 1960,
            DimensionShape.Flat, 20, 600),
        new(ObjectKind.Ceramic, 4, 0, ["keramiek", "bord", "kan", "tegel", "vaas", "apothekerspot"],
            [["aardewerk"], ["porselein"], ["steengoed"], ["klei"]], ["draaien", "beschilderen"], "pottenbakker", 1500, 1990, DimensionShape.Solid, 8, 60),
        new(ObjectKind.Glass, 2, 0, ["drinkglas", "fles", "glasraam"],
            [["glas"], ["glas", "lood"]], ["glasblazen", "beschilderen"], "glazenier", 1500, 1990, DimensionShape.Solid, 8, 200),
        new(ObjectKind.Silver, 3, 0, ["kelk", "monstrans", "kandelaar", "schaal"],
            [["zilver"], ["zilver", "goud"], ["koper", "bladgoud"], ["messing"], ["tin"]], ["drijven", "gieten", "vergulden"], "edelsmid", 1450, 1950,
            DimensionShape.Solid, 10, 80),
        new(ObjectKind.Everyday, 3, 2, ["muziekinstrument", "speelgoed", "gereedschap"],
            [["hout"], ["hout", "ijzer"], ["ijzer"], ["hout", "leer"]], ["draaien"], "maker", 1700, 1990, DimensionShape.Solid, 10, 150),
    ];
}
