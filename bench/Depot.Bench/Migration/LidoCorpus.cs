using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Bench.Migration;

/// <summary>
/// A realistic LIDO 1.1 corpus for the migration benchmark: paintings, prints and objects with
/// Dutch and English titles, one to three makers drawn from a pool of a few thousand agents
/// (VIAF, RKD and Wikidata ids), datings (some circa), materials and techniques with AAT ids,
/// dimensions, subjects and rights. Deterministic for a seed, written as a stream through
/// <see cref="LidoWriter"/>, so a million records never sit in memory.
/// </summary>
internal static class LidoCorpus
{
    public const int AgentPool = 3_000;

    /// <summary>Writes <paramref name="count"/> records to <paramref name="path"/>; returns the file size in bytes.</summary>
    public static async Task<long> WriteAsync(string path, int count, int seed = 42, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        await using (var writer = new LidoWriter(file, new LidoWriterOptions("Depot Benchmarkmuseum", Indent: false)))
        {
            var i = 0;
            foreach (var record in Records(count, seed))
            {
                await writer.WriteAsync(record, ct);
                if (++i % 10_000 == 0) progress?.Report(i);
            }
            await writer.CompleteAsync(ct);
        }
        return new FileInfo(path).Length;
    }

    /// <summary>The corpus's records, one at a time.</summary>
    public static IEnumerable<SourceRecord> Records(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 1; i <= count; i++) yield return Record(i, random);
    }

    private static SourceRecord Record(int i, Random r)
    {
        var kind = Pick(r, ObjectNames);
        var subject = Pick(r, Subjects);
        var place = Pick(r, Places);
        var start = r.Next(1450, 1950);
        var circa = r.Next(4) == 0;
        var end = start + (r.Next(3) == 0 ? 0 : r.Next(1, 30));
        var makers = Enumerable.Range(0, r.Next(1, 4)).Select(_ => new SourceMaker(Agent(r.Next(AgentPool)), Pick(r, Roles), r.Next(6) == 0 ? Pick(r, Qualifiers) : "")).ToList();
        var record = new SourceObject
        {
            ObjectNumber = $"BM.{i:D7}",
            Titles =
            [
                new Title($"{subject.Nl} bij {place.Name}", "nl"),
                new Title($"{subject.En} near {place.Name}", "en", TitleType.Alternate),
            ],
            ObjectName = Term(kind),
            Classifications = [Term(Pick(r, Classifications))],
            ShortDescription = $"{kind.Nl} met {subject.Nl.ToLowerInvariant()}, {place.Name}. Inventarisnummer BM.{i:D7}.",
            Makers = makers,
            Dating = new HistoricalDate(start, end, "", circa ? DatePrecision.Circa : DatePrecision.Exact),
            Materials = [.. Enumerable.Range(0, r.Next(1, 3)).Select(_ => Term(Pick(r, Materials))).DistinctBy(t => t.Label)],
            Techniques = [Term(Pick(r, Techniques))],
            Dimensions =
            [
                new Dimension("hoogte", Math.Round((decimal)(r.NextDouble() * 200 + 5), 1), "cm"),
                new Dimension("breedte", Math.Round((decimal)(r.NextDouble() * 200 + 5), 1), "cm"),
                .. r.Next(3) == 0 ? [new Dimension("diepte", Math.Round((decimal)(r.NextDouble() * 20 + 1), 1), "cm", "met lijst")] : Array.Empty<Dimension>(),
            ],
            Subjects =
            [
                new SourceSubject(SubjectKind.MainMotif, Term: new SourceTerm(subject.Nl, "nl", [subject.Id])),
                new SourceSubject(SubjectKind.DepictedPlace, Place: new SourcePlace(place.Name, [new ExternalId("tgn", place.Tgn)])),
            ],
            Inscriptions = r.Next(5) == 0 ? [new Inscription("signatuur", makers[0].Agent.Name.Split(',')[0].ToUpperInvariant(), "rechtsonder")] : [],
            Rights = new Rights("https://creativecommons.org/publicdomain/zero/1.0/", "Depot Benchmarkmuseum", "Collectie Depot Benchmarkmuseum"),
        };
        return new SourceRecord($"bench:{i}", i, null, record, [], []);
    }

    /// <summary>Agent k of the pool: the same name and ids every time it is drawn.</summary>
    private static SourceAgent Agent(int k)
    {
        var name = $"{Surnames[k % Surnames.Length]}, {Given[(k / Surnames.Length) % Given.Length]}{(k >= Surnames.Length * Given.Length ? $" ({k})" : "")}";
        var birth = 1430 + k % 480;
        return new SourceAgent(name, AgentKind.Person,
            [new ExternalId("viaf", (10_000_000 + k).ToString(System.Globalization.CultureInfo.InvariantCulture)), new ExternalId("rkd", (1_000 + k).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            new HistoricalDate(birth, birth, ""), new HistoricalDate(birth + 40 + k % 40, birth + 40 + k % 40, ""));
    }

    private static SourceTerm Term((string Nl, string En, string Aat) t) => new(t.Nl, "nl", [$"http://vocab.getty.edu/aat/{t.Aat}"]);

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static readonly string[] Surnames = ["Rubens", "Jordaens", "Brueghel", "Memling", "Van Eyck", "Bosch", "Ensor", "Permeke", "Magritte", "Delvaux", "Teniers", "Van Dyck", "Claus", "Khnopff", "Wouters", "Spilliaert", "Smet", "De Smet", "Van de Woestyne", "Minne", "Metsys", "Gossaert", "Van Orley", "Floris", "De Vos", "Snyders", "Seghers", "Van Rysselberghe", "Rops", "Evenepoel"];
    private static readonly string[] Given = ["Pieter", "Jan", "Jacob", "Hans", "Frans", "Anna", "Maria", "Clara", "Gustave", "Léon", "Rik", "Constant", "Emile", "Theo", "Hendrik", "Catharina", "Michiel", "Adriaen", "Cornelis", "Anthonis"];
    private static readonly string[] Roles = ["schilder", "graveur", "ontwerper", "beeldhouwer", "uitgever", "fotograaf"];
    private static readonly string[] Qualifiers = ["atelier van", "toegeschreven aan", "kopie naar", "navolger van", "omgeving van"];

    private static readonly (string Nl, string En, string Aat)[] ObjectNames =
    [
        ("schilderij", "painting", "300033618"), ("prent", "print", "300041273"), ("tekening", "drawing", "300033973"),
        ("beeldhouwwerk", "sculpture", "300047090"), ("foto", "photograph", "300046300"), ("wandtapijt", "tapestry", "300205002"),
        ("medaille", "medal", "300046025"), ("kan", "jug", "300042895"),
    ];

    private static readonly (string Nl, string En, string Aat)[] Classifications =
    [
        ("schilderkunst", "painting (image-making)", "300054196"), ("grafiek", "printmaking", "300053319"), ("beeldhouwkunst", "sculpture (visual works)", "300047090"), ("toegepaste kunst", "decorative arts", "300054168"),
    ];

    private static readonly (string Nl, string En, string Aat)[] Materials =
    [
        ("olieverf", "oil paint", "300015050"), ("doek", "canvas", "300014078"), ("eikenhout", "oak", "300012264"), ("papier", "paper", "300014109"),
        ("brons", "bronze", "300010957"), ("marmer", "marble", "300011443"), ("wol", "wool", "300243428"), ("zilver", "silver", "300011029"),
    ];

    private static readonly (string Nl, string En, string Aat)[] Techniques =
    [
        ("schilderen", "painting", "300054216"), ("ets", "etching", "300053241"), ("gravure", "engraving", "300053225"), ("gieten", "casting", "300053062"), ("weven", "weaving", "300053642"),
    ];

    private static readonly (string Nl, string En, string Id)[] Subjects =
    [
        ("Landschap", "Landscape", "http://iconclass.org/25H"), ("Portret", "Portrait", "http://iconclass.org/61B"), ("Zeegezicht", "Seascape", "http://iconclass.org/25H23"),
        ("Stilleven", "Still life", "http://iconclass.org/41A"), ("Kruisiging", "Crucifixion", "http://iconclass.org/73D6"), ("Boerenfeest", "Peasant feast", "http://iconclass.org/43C"),
    ];

    private static readonly (string Name, string Tgn)[] Places =
    [
        ("Antwerpen", "7007856"), ("Brugge", "7007868"), ("Gent", "7007870"), ("Brussel", "7007883"), ("Leuven", "7007869"), ("Mechelen", "7007871"), ("Oostende", "7007875"),
    ];
}
