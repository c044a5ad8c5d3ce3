using Depot.Core.Registration.Objects;
using Depot.Storage.Demo;

namespace Depot.Storage.Tests.Demo;

public sealed class RealisticCollectionTests
{
    [Fact]
    public void Same_seed_gives_the_same_objects()
    {
        var a = new RealisticCollection(seed: 7).Objects(300).Select(Describe).ToList();
        var b = new RealisticCollection(seed: 7).Objects(300).Select(Describe).ToList();
        var other = new RealisticCollection(seed: 8).Objects(300).Select(Describe).ToList();

        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
    }

    [Fact]
    public void Object_numbers_are_unique_and_in_registrar_forms()
    {
        var numbers = new RealisticCollection().Objects(20_000).Select(o => o.ObjectNumber).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(numbers, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^\d{4}\.\d{3,}$"));
        Assert.Contains(numbers, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^[A-Z]{2,3} \d+$"));
        Assert.Contains(numbers, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^S\.\d{4}\.\d+/1–\d$"));
        Assert.All(numbers, n => Assert.True(n.Length <= ObjectNumber.MaxLength));
    }

    [Fact]
    public void Objects_are_valid_and_every_reference_resolves_to_an_authority()
    {
        var collection = new RealisticCollection(seed: 3);
        var set = collection.Authorities;
        var concepts = set.Concepts.ToDictionary(c => c.Id);
        var agents = set.Agents.Select(a => a.Id).ToHashSet();
        var places = set.Places.Select(p => p.Id).ToHashSet();
        var locations = set.Locations.Select(l => l.Id).ToHashSet();

        foreach (var o in collection.Objects(5_000))
        {
            Assert.Empty(CollectionObjectRules.Validate(o));
            // Realistic: the previous owner is often unknown; every other minimal field is filled in.
            var missing = Core.Registration.Completeness.RegistrationProfile.Assess(o).Missing.Where(Core.Registration.Completeness.RegistrationProfile.IsMinimal);
            Assert.True(missing.All(k => k == "acquisitionSource"), $"{o.ObjectNumber}: {string.Join(", ", missing)}");
            Assert.Contains(o.ObjectNameId!.Value, concepts.Keys);
            Assert.All(o.MaterialIds, id => Assert.Contains(id, concepts.Keys));
            Assert.All(o.TechniqueIds, id => Assert.Contains(id, concepts.Keys));
            Assert.All(o.Makers, m => Assert.Contains(m.AgentId, agents));
            Assert.Contains(o.CurrentLocationId!.Value, locations);
            Assert.Contains(o.Acquisition!.MethodId!.Value, concepts.Keys);
            foreach (var s in o.Subjects)
                Assert.Contains(s.RecordId, s.Kind == SubjectKind.DepictedPlace ? places : concepts.Keys.ToHashSet());
            Assert.NotNull(o.Dating);
            Assert.True(o.Dating.Earliest <= o.Dating.Latest);
            Assert.InRange(o.Dating.Earliest!.Value, 1201, 2024);
            Assert.True(o.Acquisition.Date!.Value.Year >= Math.Min(o.Dating.Earliest.Value, 2024), o.ObjectNumber);
            Assert.InRange(o.Dimensions.Count, 1, 2);
            Assert.False(string.IsNullOrWhiteSpace(o.PreferredTitle));
        }
    }

    [Fact]
    public void Authorities_are_a_realistic_flemish_set()
    {
        var set = new RealisticCollection().Authorities;

        Assert.InRange(set.Agents.Count, 280, 320);
        Assert.Contains(set.Agents, a => a.Name == "Rubens, Peter Paul" && a.Birth!.Earliest == 1577 && a.Death!.Latest == 1640);
        Assert.Equal(set.Agents.Count, set.Agents.Select(a => a.Name).Distinct().Count());
        Assert.InRange(set.Locations.Count, 45, 70);
        Assert.All(set.Locations.Where(l => l.ParentId is not null), l => Assert.Contains(set.Locations, p => p.Id == l.ParentId));
        var painting = Assert.Single(set.Concepts, c => c.PrefLabelNl == "schilderij");
        Assert.Equal(["http://vocab.getty.edu/aat/300033618"], painting.ExactMatches);
        Assert.All(set.Concepts, c => Assert.False(string.IsNullOrWhiteSpace(c.PrefLabelEn)));
        Assert.Equal(["goed", "redelijk", "slecht"], set.Concepts.Where(c => c.SchemeId == Scheme(set, "Toestand")).Select(c => c.PrefLabelNl));
        Assert.InRange(set.Concepts.Count(c => c.SchemeId == Scheme(set, "Objectnamen")), 55, 65);
        Assert.InRange(set.Concepts.Count(c => c.SchemeId == Scheme(set, "Materialen")), 38, 45);
    }

    [Fact]
    public void About_a_third_of_the_objects_is_public_and_some_have_english_titles()
    {
        var objects = new RealisticCollection().Objects(3_000).ToList();

        Assert.InRange(objects.Count(o => o.PublicationStatus == PublicationStatus.Public), 750, 1050);
        Assert.Contains(objects, o => o.Titles.Any(t => t.Language == "en"));
        Assert.Contains(objects, o => o.PreferredTitle.StartsWith("Portret van ", StringComparison.Ordinal));
        Assert.Contains(objects, o => o.Makers.Any(m => m.Qualifier == "atelier van"));
        Assert.Contains(objects, o => o.Dating!.Text.StartsWith("ca. ", StringComparison.Ordinal));
        Assert.Contains(objects, o => o.Dating!.Text.EndsWith("de eeuw", StringComparison.Ordinal));
    }

    private static long Scheme(Depot.Storage.Bulk.AuthoritySet set, string title) => set.Schemes.Single(s => s.TitleNl == title).Id;

    private static string Describe(CollectionObject o) =>
        $"{o.ObjectNumber}|{o.PreferredTitle}|{o.Dating?.Text}|{string.Join(',', o.MaterialIds)}|{string.Join(',', o.Makers)}|{o.ShortDescription}";
}
