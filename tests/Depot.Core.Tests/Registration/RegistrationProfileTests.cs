using Depot.Core.Registration.Completeness;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;

namespace Depot.Core.Tests.Registration;

public sealed class RegistrationProfileTests
{
    [Fact]
    public void An_object_with_only_a_number_and_title_misses_the_other_minimal_fields_by_name()
    {
        var c = RegistrationProfile.Assess(new CollectionObject { ObjectNumber = "1", Titles = [new Title("Portret")] });

        Assert.Equal(2, c.MinimalFilled);
        Assert.Equal(8, c.MinimalTotal);
        Assert.False(c.MeetsMinimal);
        Assert.Equal(["objectName", "shortDescription", "acquisitionMethod", "acquisitionSource", "acquisitionDate", "currentLocation"],
            c.Missing.Where(RegistrationProfile.IsMinimal));
    }

    [Fact]
    public void Minimal_registration_needs_method_source_and_date_of_the_acquisition_and_basic_adds_the_description_of_the_object()
    {
        var o = new CollectionObject
        {
            ObjectNumber = "1",
            ObjectNameId = 1,
            Titles = [new Title("Portret")],
            ShortDescription = "Borstbeeld",
            Acquisition = new Acquisition(2, 3, new DateOnly(2020, 1, 1)),
            CurrentLocationId = 4,
        };

        var minimal = RegistrationProfile.Assess(o);
        Assert.True(minimal.MeetsMinimal);
        Assert.False(minimal.MeetsBasic);
        Assert.Equal(["subjects", "makers", "dating", "materials", "techniques", "condition", "dimensions"], minimal.Missing);

        o.Acquisition = new Acquisition(2, null, new DateOnly(2020, 1, 1));
        Assert.False(RegistrationProfile.Assess(o).MeetsMinimal);

        o.Acquisition = new Acquisition(2, 3, new DateOnly(2020, 1, 1));
        o.Subjects = [new SubjectReference(SubjectKind.MainMotif, 5)];
        o.Makers = [new MakerCredit(6, "schilder")];
        o.Dating = HistoricalDate.Parse("ca. 1650");
        o.MaterialIds = [7];
        o.TechniqueIds = [8];
        o.ConditionId = 9;
        o.Dimensions = [new Dimension("hoogte", 40, "cm")];
        var basic = RegistrationProfile.Assess(o);
        Assert.True(basic.MeetsBasic);
        Assert.Equal(15, basic.BasicFilled);
        Assert.Empty(basic.Missing);
    }
}
