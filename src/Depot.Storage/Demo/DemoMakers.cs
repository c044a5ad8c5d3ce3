namespace Depot.Storage.Demo;

/// <summary>A maker in the demo data: who, when they lived, and what kinds of object they made.</summary>
internal sealed record MakerDef(string Name, string Birth, string Death, params ObjectKind[] Kinds);

/// <summary>Historic Flemish and Dutch makers (real life years), and name parts for plausible invented ones.</summary>
internal static class DemoMakers
{
    private const ObjectKind P = ObjectKind.Painting;
    private const ObjectKind Pr = ObjectKind.Print;
    private const ObjectKind D = ObjectKind.Drawing;
    private const ObjectKind S = ObjectKind.Sculpture;

    public static readonly MakerDef[] Historic =
    [
        new("Eyck, Jan van", "ca. 1390", "1441", P),
        new("Weyden, Rogier van der", "ca. 1399", "1464", P),
        new("Memling, Hans", "ca. 1430", "1494", P),
        new("Bosch, Jheronimus", "ca. 1450", "1516", P, D),
        new("Metsys, Quinten", "1466", "1530", P),
        new("Patinir, Joachim", "ca. 1480", "1524", P),
        new("Bruegel, Pieter (de Oude)", "ca. 1525", "1569", P, D, Pr),
        new("Brueghel, Pieter (de Jonge)", "1564", "1636", P),
        new("Brueghel, Jan (de Oude)", "1568", "1625", P),
        new("Cock, Hieronymus", "ca. 1518", "1570", Pr),
        new("Galle, Philips", "1537", "1612", Pr),
        new("Wierix, Hieronymus", "1553", "1619", Pr),
        new("Rubens, Peter Paul", "1577", "1640", P, D),
        new("Snyders, Frans", "1579", "1657", P),
        new("Vos, Cornelis de", "1584", "1651", P),
        new("Bolswert, Schelte à", "1586", "1659", Pr),
        new("Seghers, Daniel", "1590", "1661", P),
        new("Jordaens, Jacob", "1593", "1678", P, D),
        new("Vorsterman, Lucas", "1595", "1675", Pr),
        new("Duquesnoy, Frans", "1597", "1643", S),
        new("Dyck, Anthony van", "1599", "1641", P, D, Pr),
        new("Brouwer, Adriaen", "1605", "1638", P),
        new("Rembrandt van Rijn", "1606", "1669", P, Pr, D),
        new("Hollar, Wenceslaus", "1607", "1677", Pr),
        new("Quellinus, Artus (de Oude)", "1609", "1668", S),
        new("Teniers, David (de Jonge)", "1610", "1690", P),
        new("Fyt, Jan", "1611", "1661", P),
        new("Vermeer, Johannes", "1632", "1675", P),
        new("Verbruggen, Hendrik Frans", "1654", "1724", S),
        new("Wappers, Gustaf", "1803", "1874", P),
        new("Leys, Hendrik", "1815", "1869", P),
        new("Meunier, Constantin", "1831", "1905", S, P),
        new("Rops, Félicien", "1833", "1898", Pr, D),
        new("Braekeleer, Henri de", "1840", "1888", P),
        new("Claus, Emile", "1849", "1924", P),
        new("Gogh, Vincent van", "1853", "1890", P, D),
        new("Khnopff, Fernand", "1858", "1921", P, D),
        new("Ensor, James", "1860", "1949", P, Pr, D),
        new("Horta, Victor", "1861", "1947", D, ObjectKind.Furniture),
        new("Rysselberghe, Théo van", "1862", "1926", P),
        new("Velde, Henry van de", "1863", "1957", D, ObjectKind.Furniture, ObjectKind.Poster),
        new("Minne, George", "1866", "1941", S),
        new("Evenepoel, Henri", "1872", "1899", P),
        new("Mondriaan, Piet", "1872", "1944", P),
        new("Smet, Gustave de", "1877", "1943", P),
        new("Tytgat, Edgard", "1879", "1957", P, Pr),
        new("Spilliaert, Léon", "1881", "1946", D, P),
        new("Wouters, Rik", "1882", "1916", S, P),
        new("Berghe, Frits van den", "1883", "1939", P),
        new("Servaes, Albert", "1883", "1966", P),
        new("Brusselmans, Jean", "1884", "1953", P),
        new("Permeke, Constant", "1886", "1952", P, S),
        new("Masereel, Frans", "1889", "1972", Pr),
        new("Delvaux, Paul", "1897", "1994", P),
        new("Magritte, René", "1898", "1967", P, ObjectKind.Poster),
        new("Broodthaers, Marcel", "1924", "1976", Pr),
        new("Alechinsky, Pierre", "1927", "", P, Pr),
        new("Panamarenko", "1940", "2019", S, D),
        new("Plantijn, Christoffel", "ca. 1520", "1589", ObjectKind.Book),
        new("Moretus, Jan", "1543", "1610", ObjectKind.Book),
        new("Mercator, Gerard", "1512", "1594", ObjectKind.Map),
        new("Ortelius, Abraham", "1527", "1598", ObjectKind.Map),
    ];

    public static readonly string[] Surnames =
    [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Hermans", "Aerts", "Van den Broeck", "De Clercq", "Verhoeven", "Vermeulen", "Van Damme", "De Backer", "Pauwels", "Michiels",
        "Verstraeten", "Smets", "Hendrickx", "Cools", "Lemmens", "Segers", "Martens", "Vandenberghe", "Claeys", "Van Acker",
        "Bogaert", "De Wilde", "Verbeke", "Coppens", "Stevens", "Vercammen", "Van Hoof", "De Meyer", "Verschueren", "Van Laere",
        "Deprez", "Lauwers", "Moens", "Van de Walle", "Gielen", "Baert", "Beckers", "De Ridder", "Van Gucht", "Verlinden",
    ];

    public static readonly string[] GivenNames =
    [
        "Jan", "Pieter", "Cornelis", "Joos", "Adriaen", "Frans", "Hendrik", "Jacob", "Catharina", "Maria",
        "Anna", "Clara", "Lieven", "Gillis", "Abraham", "Theodoor", "Emile", "Henri", "Jules", "Leon",
        "Constant", "Marguerite", "Jeanne", "Louise", "Gustaaf", "Karel", "Willem", "Anton", "Hubert", "Lodewijk",
        "Elisabeth", "Margaretha", "Josephus", "Rosa", "Alfons",
    ];

    /// <summary>Workshops and firms, written as the sector does ("Drukkerij Peeters").</summary>
    public static readonly (string Pattern, ObjectKind Kind)[] Firms =
    [
        ("Drukkerij {0}", ObjectKind.Poster),
        ("Fotostudio {0}", ObjectKind.Photo),
        ("Meubelmakerij {0} & Zonen", ObjectKind.Furniture),
        ("Tapijtweverij {0}", ObjectKind.Textile),
        ("Aardewerkfabriek {0}", ObjectKind.Ceramic),
        ("Glasblazerij {0}", ObjectKind.Glass),
        ("Edelsmidse {0}", ObjectKind.Silver),
        ("Uitgeverij {0}", ObjectKind.Book),
    ];
}
