namespace Depot.Storage.Demo;

internal static partial class DemoTitles
{
    private static readonly (string Nl, string En)[] Figures = [("Moeder en kind", "Mother and Child"), ("De zaaier", "The Sower"), ("Havenarbeider", "Dock Worker"), ("Knielende jongeling", "Kneeling Youth")];
    private static readonly string[] Denominations = ["Dukaton", "Stuiver", "Gouden real", "Oord", "Patagon"];
    private static readonly string[] FurnitureTitles = ["Kabinet met ebbenhouten fineer", "Kussenkast", "Leunstoel", "Staande klok", "Tafel met gedraaide poten", "Kerkbank", "Kist met ijzerbeslag"];
    private static readonly string[] CeramicForms = ["Bord", "Kan", "Tegel", "Vaas", "Schotel"];
    private static readonly string[] EverydayTitles = ["Viool", "Speelgoedpaard", "Poppenkastpop", "Weefgetouw", "Schaatsen", "Strijkijzer", "Draaiorgel"];
    private static readonly string[] BookKinds = ["bijbel", "atlas", "kroniek", "herbarium"];

    public static ComposedTitle Compose(ObjectKind kind, Random r, int year) => kind switch
    {
        ObjectKind.Painting or ObjectKind.Drawing or ObjectKind.Print => Picture(kind, r),
        ObjectKind.Sculpture => r.Next(3) switch
        {
            0 => Portrait(r, "Buste van ", "Bust of "),
            1 => Fixed(Pick(r, Religious), "religieuze voorstelling"),
            _ => Fixed(Pick(r, Figures), "genrevoorstelling"),
        },
        ObjectKind.Coin => r.Next(3) == 0
            ? Plain($"Penning ter ere van {Pick(r, Events)}", "feest")
            : Plain($"{Pick(r, Denominations)} van {Pick(r, Rulers)}", "heraldiek"),
        ObjectKind.Poster => Plain($"Affiche voor {Pick(r, Events)}", "feest"),
        ObjectKind.Photo => r.Next(3) switch
        {
            0 => View(r, "Gezicht op ", "View of ", "stadsgezicht"),
            1 => Plain($"Groepsportret van de {Pick(r, Guilds)}", "portret"),
            _ => Plain($"Processie in {Pick(r, Cities)}", "feest"),
        },
        ObjectKind.Book => Plain(Pick(r, new[]
        {
            "Getijdenboek", "Missaal", $"Kroniek van {Pick(r, Cities)}", "Cruydeboeck", "Biblia Sacra",
            $"Reglement van het ambacht der {Pick(r, Guilds)}", $"Rekeningen van de stad {Pick(r, Cities)}, {year}", $"Brief aan de magistraat van {Pick(r, Cities)}",
        }), "ambacht"),
        ObjectKind.Map => Plain(Pick(r, new[]
        {
            $"Plattegrond van {Pick(r, Cities)}", "Kaart van het graafschap Vlaanderen", "Kaart van het hertogdom Brabant",
            $"Plan van de citadel van {Pick(r, Cities)}", "Atlas van de Nederlanden",
        }), "architectuur"),
        ObjectKind.Furniture => Plain(Pick(r, FurnitureTitles), "ambacht"),
        ObjectKind.Textile => Plain(Pick(r, new[] { "Wandtapijt met jachttafereel", $"Vaandel van de {Pick(r, Guilds)}", "Merklap", "Doopkleed", "Kanten kraag", $"Kazuifel met {Pick(r, Decors)}" }), "ambacht"),
        ObjectKind.Ceramic => Plain($"{Pick(r, CeramicForms)} met {Pick(r, Decors)}", "bloemen"),
        ObjectKind.Glass => Plain(Pick(r, new[] { "Roemer", "Fles met wapenschild", $"Drinkglas met {Pick(r, Decors)}", "Glasraam met Sint-Joris" }), "heraldiek"),
        ObjectKind.Silver => Plain(Pick(r, new[] { "Kelk", "Monstrans", "Kandelaar", "Avondmaalsbeker", "Zoutvat", $"Gildeketen van de {Pick(r, Guilds)}", $"Schaal met {Pick(r, Decors)}" }), "ambacht"),
        _ => Plain(Pick(r, EverydayTitles), "ambacht"),
    };

    private static ComposedTitle Picture(ObjectKind kind, Random r)
    {
        var roll = r.Next(100);
        if (kind == ObjectKind.Drawing && roll < 30)
            return Plain($"Studie van {Pick(r, Studies)}", "genrevoorstelling");
        if (kind == ObjectKind.Print && roll < 20)
            return Plain($"Titelpagina voor een {Pick(r, BookKinds)}", "allegorie");
        return roll switch
        {
            < 30 => Portrait(r, "Portret van ", "Portrait of "),
            < 48 => View(r, "Gezicht op ", "View of ", "landschap"),
            < 60 => StillLife(r),
            < 75 => Fixed(Pick(r, Religious), "religieuze voorstelling"),
            < 88 => Fixed(Pick(r, Genre), "genrevoorstelling"),
            < 95 => Fixed(Pick(r, Allegories), "allegorie"),
            _ => View(r, "Zeegezicht bij ", "Seascape near ", "zeegezicht"),
        };
    }

    private static ComposedTitle StillLife(Random r)
    {
        var s = Pick(r, StillLifes);
        return new("Stilleven met " + s.Nl, "Still Life with " + s.En, "stilleven", -1);
    }

    private static ComposedTitle Portrait(Random r, string nl, string en)
    {
        var s = Pick(r, Sitters);
        return new(nl + s.Nl, en + s.En, "portret", -1);
    }

    private static ComposedTitle View(Random r, string nl, string en, string subject)
    {
        var i = r.Next(DemoPlaces.All.Length);
        return new(nl + DemoPlaces.All[i].ViewNl, en + DemoPlaces.All[i].ViewEn, subject, i);
    }

    private static ComposedTitle Fixed((string Nl, string En) t, string subject) => new(t.Nl, t.En, subject, -1);

    private static ComposedTitle Plain(string nl, string subject) => new(nl, "", subject, -1);
}
