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
    public void Basic_registration_needs_the_minimal_fields_and_makers_dating_material_dimension_condition()
    {
        var o = new CollectionObject
        {
            ObjectNumber = "1",
            ObjectNameId = 1,
            ShortDescription = "Schilderij",
            Acquisition = new Acquisition(2, null, null),
            CurrentLocationId = 3,
        };
        Assert.True(CollectionObjectRules.MeetsMinimalRegistration(o));
        Assert.False(CollectionObjectRules.MeetsBasicRegistration(o));

        o.Makers = [new MakerCredit(4, "schilder")];
        o.Dating = new Depot.Core.Registration.Dating.HistoricalDate(1601, 1620, "");
        o.MaterialIds = [5];
        o.Dimensions = [new Dimension("hoogte", 10, "cm")];
        o.ConditionId = 6;
        Assert.True(CollectionObjectRules.MeetsBasicRegistration(o));
    }
}
