using Depot.Core.Registration.Objects;

namespace Depot.Core.Tests.Registration;

public sealed class CollectionObjectRulesTests
{
    [Fact]
    public void Missing_object_number_is_a_field_error()
    {
        var errors = CollectionObjectRules.Validate(new CollectionObject { ObjectNumber = " " });

        var error = Assert.Single(errors);
        Assert.Equal("objectNumber", error.Field);
        Assert.Contains("objectnummer", error.MessageNl, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Dimensions_need_a_positive_value_a_unit_and_a_type()
    {
        var o = new CollectionObject { ObjectNumber = "1", Dimensions = [new Dimension("", 0, "")] };

        var fields = CollectionObjectRules.Validate(o).Select(e => e.Field).ToList();

        Assert.Equal(["dimensions[0].value", "dimensions[0].unit", "dimensions[0].type"], fields);
    }

    [Fact]
    public void Basic_registration_needs_the_minimal_fields_and_the_description_fields_of_the_profile()
    {
        var o = new CollectionObject
        {
            ObjectNumber = "1",
            ObjectNameId = 1,
            ShortDescription = "Schilderij",
            Titles = [new Title("Gezicht op de Schelde")],
            Acquisition = new Acquisition(2, 7, new DateOnly(2026, 11, 20)),
            CurrentLocationId = 3,
        };
        Assert.True(CollectionObjectRules.MeetsMinimalRegistration(o));
        Assert.False(CollectionObjectRules.MeetsBasicRegistration(o));

        o.Makers = [new MakerCredit(4, "schilder")];
        o.Dating = new Depot.Core.Registration.Dating.HistoricalDate(1601, 1620, "");
        o.MaterialIds = [5];
        o.TechniqueIds = [8];
        o.Subjects = [new SubjectReference(SubjectKind.MainMotif, 9)];
        o.Dimensions = [new Dimension("hoogte", 10, "cm")];
        o.ConditionId = 6;
        Assert.True(CollectionObjectRules.MeetsBasicRegistration(o));
    }

    [Fact]
    public void Minimal_registration_agrees_with_the_registration_profile_field_by_field()
    {
        var full = new CollectionObject
        {
            ObjectNumber = "1",
            ObjectNameId = 1,
            ShortDescription = "Schilderij",
            Titles = [new Title("Gezicht op de Schelde")],
            Acquisition = new Acquisition(2, 7, new DateOnly(2026, 11, 20)),
            CurrentLocationId = 3,
        };
        // Without a title, or without the acquisition source, the profile says "not minimal": so do the rules.
        var untitled = new CollectionObject
        {
            ObjectNumber = "1",
            ObjectNameId = 1,
            ShortDescription = "Schilderij",
            Acquisition = full.Acquisition,
            CurrentLocationId = 3,
        };
        var sourceless = new CollectionObject
        {
            ObjectNumber = "1",
            ObjectNameId = 1,
            ShortDescription = "Schilderij",
            Titles = full.Titles,
            Acquisition = new Acquisition(2, null, new DateOnly(2026, 11, 20)),
            CurrentLocationId = 3,
        };

        foreach (var o in new[] { full, untitled, sourceless })
            Assert.Equal(Depot.Core.Registration.Completeness.RegistrationProfile.Assess(o).MeetsMinimal, CollectionObjectRules.MeetsMinimalRegistration(o));
        Assert.True(CollectionObjectRules.MeetsMinimalRegistration(full));
        Assert.False(CollectionObjectRules.MeetsMinimalRegistration(untitled));
        Assert.False(CollectionObjectRules.MeetsMinimalRegistration(sourceless));
    }
}
