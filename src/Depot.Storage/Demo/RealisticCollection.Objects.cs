using System.Globalization;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;

namespace Depot.Storage.Demo;

public sealed partial class RealisticCollection
{
    private static readonly string[] Qualifiers = ["atelier van", "toegeschreven aan", "kopie naar", "navolger van", "omgeving van", "school van"];

    /// <summary>
    /// <paramref name="count"/> objects, produced one at a time. Every call yields the same
    /// sequence (same numbers, titles and references), so loading twice meets the same numbers.
    /// </summary>
    public IEnumerable<CollectionObject> Objects(int count)
    {
        var r = new Random(unchecked(seed * 7919 + 17));
        var numbers = new ObjectNumberBook();
        var kinds = KindProfiles.All.Where(k => Weight(k) > 0).ToArray();
        var totalWeight = kinds.Sum(Weight);
        for (var i = 0; i < count; i++)
        {
            var roll = r.Next(totalWeight);
            var kind = kinds[0];
            foreach (var k in kinds)
            {
                if (roll < Weight(k)) { kind = k; break; }
                roll -= Weight(k);
            }
            yield return Create(r, kind, numbers);
        }
    }

    private CollectionObject Create(Random r, KindProfile kind, ObjectNumberBook numbers)
    {
        var name = Pick(r, kind.Names);
        var o = new CollectionObject { ObjectNameId = objectNames[name].Id };
        var year = AddMakers(r, kind, o);
        o.Dating = Dating(r, year);

        var title = DemoTitles.Compose(kind.Kind, r, year);
        o.Titles.Add(new Title(title.Nl));
        if (title.En.Length > 0 && r.Next(100) < 35) o.Titles.Add(new Title(title.En, "en", TitleType.Alternate));
        o.Subjects.Add(new SubjectReference(SubjectKind.MainMotif, subjects[title.Subject].Id));
        if (title.Place >= 0) o.Subjects.Add(new SubjectReference(SubjectKind.DepictedPlace, places[title.Place].Id));

        var materialSet = Pick(r, kind.MaterialSets);
        foreach (var m in materialSet) o.MaterialIds.Add(materials[m].Id);
        if (r.Next(100) < 85) o.TechniqueIds.Add(techniques[Pick(r, kind.Techniques)].Id);
        AddDimensions(r, kind, o);
        AddCondition(r, o);

        var acquired = AddAcquisition(r, o, Math.Max(o.Dating.Latest ?? year, 1850));
        var style = r.Next(100);
        o.ObjectNumber = numbers.Next(style, kind.Kind, acquired, r);
        if (ObjectNumberBook.IsSet(o.ObjectNumber)) o.NumberOfParts = ObjectNumberBook.Parts(o.ObjectNumber);
        else if (r.Next(100) < 90) o.NumberOfParts = 1;

        o.CurrentLocationId = (r.Next(100) < 12 ? Pick(r, galleries) : Pick(r, shelves)).Id;
        o.PermanentLocationId = o.CurrentLocationId;
        o.PublicationStatus = r.Next(100) < 30 ? PublicationStatus.Public : PublicationStatus.Internal;
        var publicDomain = year < 1880;
        o.Rights = new Rights(
            publicDomain ? "https://creativecommons.org/publicdomain/mark/1.0/" : "http://rightsstatements.org/vocab/InC/1.0/",
            creditLine.Length > 0 && !publicDomain ? creditLine : "", creditLine.Length > 0 ? "Collectie " + creditLine : "");
        o.ShortDescription = Describe(r, name, o.Dating, materialSet);
        if (o.Makers.Count > 0 && kind.Kind is ObjectKind.Painting or ObjectKind.Drawing or ObjectKind.Print && r.Next(100) < 20)
            o.Inscriptions.Add(new Inscription("signatuur", Signature(o.Makers[0].AgentId, year), "rechtsonder"));
        return o;
    }

    /// <summary>Adds the makers and returns a year the object was plausibly made in.</summary>
    private int AddMakers(Random r, KindProfile kind, CollectionObject o)
    {
        var year = kind.FromYear + r.Next(kind.ToYear - kind.FromYear + 1);
        if (!makersByKind.TryGetValue(kind.Kind, out var candidates) || r.Next(100) < 7) return year;
        var maker = Pick(r, candidates);
        var qualifier = r.Next(100) < 72 ? "" : Pick(r, Qualifiers);
        year = maker.ActiveFrom + r.Next(Math.Max(1, maker.ActiveTo - maker.ActiveFrom + 1));
        if (qualifier is "kopie naar" or "navolger van") year = Math.Min(2000, maker.ActiveTo + 5 + r.Next(120));
        o.Makers.Add(new MakerCredit(maker.Agent.Id, kind.Role, qualifier));
        if (kind.Kind is ObjectKind.Print or ObjectKind.Poster or ObjectKind.Book && r.Next(100) < 25)
        {
            var printer = Pick(r, candidates);
            if (printer.Agent.Id != maker.Agent.Id) o.Makers.Add(new MakerCredit(printer.Agent.Id, kind.Kind == ObjectKind.Book ? "uitgever" : "drukker"));
        }
        return Math.Min(year, 2024);
    }

    private static HistoricalDate Dating(Random r, int year)
    {
        var roll = r.Next(100);
        var text = roll switch
        {
            < 40 => Y(year),
            < 65 => $"{Y(year)}-{Y(Math.Min(2024, year + 1 + r.Next(15)))}",
            < 85 => "ca. " + Y(year),
            _ => $"{(year - 1) / 100 + 1}de eeuw",
        };
        return HistoricalDate.Parse(text) ?? new HistoricalDate(year, year, "");
    }

    private static void AddDimensions(Random r, KindProfile kind, CollectionObject o)
    {
        decimal Size() => Math.Round((decimal)(kind.MinSize + r.NextDouble() * (kind.MaxSize - kind.MinSize)), 1);
        switch (kind.Shape)
        {
            case DimensionShape.Round:
                o.Dimensions.Add(new Dimension("diameter", Size(), "cm"));
                if (r.Next(2) == 0) o.Dimensions.Add(new Dimension("gewicht", Math.Round((decimal)(2 + r.NextDouble() * 40), 2), "g"));
                break;
            case DimensionShape.Solid:
                o.Dimensions.Add(new Dimension("hoogte", Size(), "cm"));
                if (r.Next(100) < 60) o.Dimensions.Add(new Dimension("breedte", Size(), "cm"));
                break;
            default:
                var part = kind.Kind == ObjectKind.Painting && r.Next(3) == 0 ? "zonder lijst" : kind.Kind == ObjectKind.Print ? "blad" : "";
                o.Dimensions.Add(new Dimension("hoogte", Size(), "cm", part));
                o.Dimensions.Add(new Dimension("breedte", Size(), "cm", part));
                break;
        }
    }

    private static readonly string[] ConditionNotes =
        ["craquelé in de vernislaag", "vochtvlekken", "scheur in de rechterbenedenhoek", "verkleurd door licht", "lichte slijtage", "houtworm (niet actief)", "losse verflaag"];

    private void AddCondition(Random r, CollectionObject o)
    {
        var roll = r.Next(100);
        if (roll < 3) return;
        o.ConditionId = (roll < 58 ? conditions[0] : roll < 90 ? conditions[1] : conditions[2]).Id;
        if (roll >= 58 && r.Next(100) < 60) o.ConditionNote = Pick(r, ConditionNotes);
    }

    /// <summary>Adds the acquisition and returns its year (which the object number carries).</summary>
    private int AddAcquisition(Random r, CollectionObject o, int notBefore)
    {
        var from = Math.Min(Math.Max(notBefore + 1, 1850), 2024);
        var year = from + r.Next(2025 - from);
        var roll = r.Next(100);
        var method = roll < 35 ? 0 : roll < 70 ? 1 : roll < 82 ? 2 : roll < 90 ? 3 : 4;
        var source = r.Next(100) < 25 ? Authorities.Agents[r.Next(Authorities.Agents.Count)].Id : (long?)null;
        var note = method switch
        {
            1 when r.Next(3) == 0 => "Aangekocht op een veiling in Brussel.",
            2 => "Legaat met voorbehoud van vruchtgebruik.",
            3 => "Langdurige bruikleen.",
            _ => "",
        };
        o.Acquisition = new Acquisition(acquisitionMethods[method].Id, source, new DateOnly(year, 1 + r.Next(12), 1 + r.Next(28)), note);
        return year;
    }

    private static readonly string[] Provenance =
    [
        "Afkomstig uit een Gentse privéverzameling.", "Vermeld in de inventaris van 1898.", "Eerder tentoongesteld in het stadhuis.",
        "Gerestaureerd in 1987.", "Met oud etiket op de achterzijde.", "Deel van een reeks van vier.", "Herkomst: kerkfabriek van Sint-Jacob.",
        "Gesigneerd en gedateerd.", "Zonder lijst bewaard.", "Lichte gebruikssporen.", "Aangetroffen bij de inventarisatie van 2012.", "",
    ];

    private static string Describe(Random r, string name, HistoricalDate dating, string[] materialSet) =>
        $"{char.ToUpperInvariant(name[0])}{name[1..]} in {string.Join(", ", materialSet)}, {dating.Text}. {Pick(r, Provenance)}".TrimEnd();

    /// <summary>"P.P. Rubens f. 1630"-like: the maker's surname as signed, with the year.</summary>
    private string Signature(long agentId, int year)
    {
        var agent = Authorities.Agents.Find(a => a.Id == agentId);
        var surname = agent?.Name.Split(',')[0].Trim() ?? "";
        return $"{surname} f. {Y(year)}";
    }

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];
}
