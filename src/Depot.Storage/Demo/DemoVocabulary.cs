namespace Depot.Storage.Demo;

/// <summary>A term of a demo thesaurus. <paramref name="Aat"/> is a Getty AAT id, only where it is known to be right.</summary>
internal sealed record TermDef(string Nl, string En, string Aat = "");

/// <summary>
/// The kinds of object the demo collection holds. Each kind decides which object names,
/// materials, techniques, titles, dimensions and datings are plausible for it.
/// </summary>
internal enum ObjectKind
{
    Painting,
    Print,
    Drawing,
    Sculpture,
    Coin,
    Poster,
    Photo,
    Book,
    Map,
    Furniture,
    Textile,
    Ceramic,
    Glass,
    Silver,
    Everyday,
}

/// <summary>The demo thesauri: object names, materials, techniques, conditions, acquisition methods and subjects.</summary>
internal static partial class DemoVocabulary
{
    public static readonly TermDef[] Conditions =
    [
        new("goed", "good"),
        new("redelijk", "fair"),
        new("slecht", "poor"),
    ];

    public static readonly TermDef[] AcquisitionMethods =
    [
        new("schenking", "gift"),
        new("aankoop", "purchase"),
        new("legaat", "bequest"),
        new("bruikleen", "loan"),
        new("overdracht", "transfer"),
    ];

    public static readonly TermDef[] Subjects =
    [
        new("portret", "portrait"),
        new("landschap", "landscape"),
        new("stilleven", "still life"),
        new("zeegezicht", "seascape"),
        new("stadsgezicht", "cityscape"),
        new("religieuze voorstelling", "religious scene"),
        new("genrevoorstelling", "genre scene"),
        new("mythologie", "mythology"),
        new("allegorie", "allegory"),
        new("dieren", "animals"),
        new("bloemen", "flowers"),
        new("architectuur", "architecture"),
        new("ambacht", "craft"),
        new("feest", "festivity"),
        new("heraldiek", "heraldry"),
    ];

    public static readonly TermDef[] Techniques =
    [
        new("olieverfschildering", "oil painting"),
        new("ets", "etching", "300053241"),
        new("gravure", "engraving", "300053225"),
        new("houtsnede", "woodcut"),
        new("lithografie", "lithography"),
        new("zeefdruk", "screen printing"),
        new("fotografie", "photography", "300054225"),
        new("boekdruk", "letterpress printing"),
        new("gieten", "casting"),
        new("hakken", "carving"),
        new("modelleren", "modelling"),
        new("slaan", "striking"),
        new("weven", "weaving"),
        new("borduren", "embroidery"),
        new("draaien", "turning"),
        new("glasblazen", "glassblowing"),
        new("drijven", "chasing"),
        new("schrijven", "writing"),
        new("tekenen", "drawing"),
        new("vergulden", "gilding"),
        new("beschilderen", "painting (coating)"),
        new("inleggen", "inlaying"),
    ];
}
