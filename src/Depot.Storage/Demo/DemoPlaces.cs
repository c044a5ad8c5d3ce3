namespace Depot.Storage.Demo;

/// <summary>A depicted place: its name, how a title names a view of it (nl/en), and rounded coordinates.</summary>
internal sealed record PlaceDef(string Name, string ViewNl, string ViewEn, double Latitude, double Longitude);

internal static class DemoPlaces
{
    public static readonly PlaceDef[] All =
    [
        new("Antwerpen", "de Schelde bij Antwerpen", "the Scheldt at Antwerp", 51.2194, 4.4025),
        new("Brussel", "de Grote Markt van Brussel", "the Grand Place in Brussels", 50.8467, 4.3525),
        new("Brugge", "de Reien in Brugge", "the canals of Bruges", 51.2093, 3.2247),
        new("Gent", "het Gravensteen in Gent", "the Gravensteen in Ghent", 51.0571, 3.7206),
        new("Sint-Martens-Latem", "de Leie bij Sint-Martens-Latem", "the Lys at Sint-Martens-Latem", 51.0170, 3.6300),
        new("Oostende", "de haven van Oostende", "the harbour of Ostend", 51.2300, 2.9200),
        new("Mechelen", "de Sint-Romboutstoren in Mechelen", "St Rumbold's Tower in Mechelen", 51.0290, 4.4790),
        new("Ieper", "de Lakenhalle in Ieper", "the Cloth Hall in Ypres", 50.8510, 2.8850),
        new("De Panne", "de duinen bij De Panne", "the dunes at De Panne", 51.0990, 2.5930),
        new("Leuven", "de Dijle in Leuven", "the Dyle in Leuven", 50.8798, 4.7005),
        new("Lier", "de Zimmertoren in Lier", "the Zimmer Tower in Lier", 51.1313, 4.5704),
        new("Kortrijk", "de Broeltorens in Kortrijk", "the Broel Towers in Kortrijk", 50.8300, 3.2650),
        new("Oudenaarde", "het stadhuis van Oudenaarde", "the town hall of Oudenaarde", 50.8450, 3.6050),
        new("Damme", "de vaart bij Damme", "the canal at Damme", 51.2510, 3.2820),
        new("Kempen", "de heide in de Kempen", "the heath in the Campine", 51.2000, 5.0000),
        new("Scheldt", "de Schelde bij Temse", "the Scheldt at Temse", 51.1240, 4.2130),
    ];
}
