namespace Depot.Storage.Demo;

/// <summary>A composed title with its English alternate (may be empty), the subject it shows and the place it depicts (-1: none).</summary>
internal readonly record struct ComposedTitle(string Nl, string En, string Subject, int Place);

/// <summary>Dutch titles composed from templates, as a registrar would write them.</summary>
internal static partial class DemoTitles
{
    private static readonly (string Nl, string En)[] Sitters =
    [
        ("een Antwerpse koopman", "an Antwerp merchant"), ("een jonge vrouw", "a young woman"), ("een edelman", "a nobleman"),
        ("een oude man", "an old man"), ("een meisje met parelsnoer", "a girl with a pearl necklace"), ("een kanunnik", "a canon"),
        ("een schutter", "a civic guardsman"), ("een vrouw met kanten kraag", "a woman with a lace collar"),
        ("de burgemeester van Gent", "the mayor of Ghent"), ("een jongen met een hond", "a boy with a dog"),
        ("een visser", "a fisherman"), ("de kunstenaars vrouw", "the artist's wife"),
    ];

    private static readonly (string Nl, string En)[] StillLifes =
    [
        ("vissen", "fish"), ("bloemen in een glazen vaas", "flowers in a glass vase"), ("vruchten en een roemer", "fruit and a roemer"),
        ("wild en gevogelte", "game and fowl"), ("een schedel en boeken", "a skull and books"), ("oesters en een citroen", "oysters and a lemon"),
        ("een kreeft", "a lobster"), ("tulpen", "tulips"),
    ];

    private static readonly (string Nl, string En)[] Religious =
    [
        ("De aanbidding der koningen", "The Adoration of the Magi"), ("De kruisafneming", "The Descent from the Cross"),
        ("Maria met Kind", "Virgin and Child"), ("De heilige Hiëronymus in zijn studeervertrek", "Saint Jerome in his Study"),
        ("De bewening van Christus", "The Lamentation of Christ"), ("Het Laatste Oordeel", "The Last Judgement"),
        ("De verloren zoon", "The Prodigal Son"), ("De heilige familie", "The Holy Family"),
        ("Sint-Joris en de draak", "Saint George and the Dragon"), ("De bekering van Paulus", "The Conversion of Saint Paul"),
    ];

    private static readonly (string Nl, string En)[] Genre =
    [
        ("Boerenfeest in een dorp", "Peasant Feast in a Village"), ("Winterlandschap met schaatsers", "Winter Landscape with Skaters"),
        ("Herberginterieur met kaartspelers", "Tavern Interior with Card Players"), ("De dorpskermis", "The Village Fair"),
        ("Vissersvrouwen op het strand", "Fishermen's Wives on the Beach"), ("De kantwerkster", "The Lacemaker"),
    ];

    private static readonly (string Nl, string En)[] Allegories =
    [
        ("Allegorie van de vijf zintuigen", "Allegory of the Five Senses"), ("Allegorie van de vrede", "Allegory of Peace"),
        ("Allegorie van de Schelde", "Allegory of the Scheldt"), ("De vier seizoenen", "The Four Seasons"),
        ("Vlaamse spreekwoorden", "Flemish Proverbs"), ("De maand april", "The Month of April"),
    ];

    private static readonly string[] Rulers = ["Karel V", "Filips II", "Albrecht en Isabella", "Maria Theresia", "Leopold I", "Leopold II", "Albert I"];
    private static readonly string[] Cities = ["Antwerpen", "Brugge", "Gent", "Brussel", "Mechelen", "Leuven", "Ieper", "Lier", "Kortrijk", "Oudenaarde"];
    private static readonly string[] Guilds = ["schilders", "brouwers", "schippers", "bakkers", "kuipers", "timmerlieden", "kruisbooggilde"];

    private static readonly string[] Events =
    [
        "de Wereldtentoonstelling van Antwerpen", "de Olympische Spelen van 1920", "de Gentse Feesten", "de Expo 58",
        "de jaarmarkt", "het Vlaams Nationaal Zangfeest", "de Ronde van Vlaanderen", "een tentoonstelling van moderne kunst",
    ];

    private static readonly string[] Decors = ["bloemranken", "een wapenschild", "vogels", "een landschap", "blauw decor", "een windmolen", "druiventrossen"];
    private static readonly string[] Studies = ["handen", "een liggende hond", "draperie", "een boom", "paarden", "een mannenhoofd"];

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];
}
