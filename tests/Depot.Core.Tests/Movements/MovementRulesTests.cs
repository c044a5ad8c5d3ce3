using Depot.Core.Movements;

namespace Depot.Core.Tests.Movements;

public sealed class MovementRulesTests
{
    private const long Org = 1;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly ObjectFacts OnShelf = new(10, Org, IsDeleted: false, CurrentLocationId: 5, LastMovedAt: Now.AddDays(-3));

    private static string Refusal(ObjectFacts o, LocationFacts? target, DateTimeOffset at) =>
        Assert.Throws<DomainException>(() => MovementRules.Check(Org, o, target, at)).Code;

    [Fact]
    public void A_move_to_another_location_of_the_organisation_is_allowed() =>
        MovementRules.Check(Org, OnShelf, new LocationFacts(6, Org, false), Now);

    [Fact]
    public void Cannot_move_to_a_location_of_another_organisation() =>
        Assert.Equal("movement.location.unknown", Refusal(OnShelf, new LocationFacts(6, OrganisationId: 2, false), Now));

    [Fact]
    public void Cannot_move_to_a_deleted_or_missing_location()
    {
        Assert.Equal("movement.location.unknown", Refusal(OnShelf, new LocationFacts(6, Org, IsDeleted: true), Now));
        Assert.Equal("movement.location.unknown", Refusal(OnShelf, null, Now));
    }

    [Fact]
    public void Cannot_move_to_the_same_location() =>
        Assert.Equal("movement.location.same", Refusal(OnShelf, new LocationFacts(5, Org, false), Now));

    [Fact]
    public void Cannot_move_a_deleted_object() =>
        Assert.Equal("movement.object.deleted", Refusal(OnShelf with { IsDeleted = true }, new LocationFacts(6, Org, false), Now));

    [Fact]
    public void Cannot_move_an_object_of_another_organisation() =>
        Assert.Equal("movement.object.unknown", Refusal(OnShelf with { OrganisationId = 2 }, new LocationFacts(6, Org, false), Now));

    [Fact]
    public void Cannot_date_a_move_before_the_objects_last_move() =>
        Assert.Equal("movement.date.beforeLast", Refusal(OnShelf, new LocationFacts(6, Org, false), Now.AddDays(-4)));

    [Fact]
    public void Refusals_speak_dutch_and_english()
    {
        var e = Assert.Throws<DomainException>(() => MovementRules.Check(Org, OnShelf, new LocationFacts(5, Org, false), Now));
        Assert.Contains("staat al op deze standplaats", e.MessageNl, StringComparison.Ordinal);
        Assert.Contains("already at this location", e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_may_be_backdated_to_any_moment_after_the_last_move() =>
        MovementRules.Check(Org, OnShelf, new LocationFacts(6, Org, false), Now.AddDays(-2), now: Now);

    [Fact]
    public void Refusal_of_a_move_before_the_last_one_names_the_last_move_in_Belgian_time()
    {
        var e = Assert.Throws<DomainException>(() => MovementRules.Check(Org, OnShelf, new LocationFacts(6, Org, false), Now.AddDays(-4), now: Now));

        Assert.Contains("(21 november 2026 11:00)", e.MessageNl, StringComparison.Ordinal);
        Assert.Contains("(21 November 2026 11:00)", e.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Cannot_date_a_move_in_the_future()
    {
        var e = Assert.Throws<DomainException>(() => MovementRules.Check(Org, OnShelf, new LocationFacts(6, Org, false), Now.AddHours(2), now: Now));

        Assert.Equal("movement.date.future", e.Code);
        MovementRules.Check(Org, OnShelf, new LocationFacts(6, Org, false), Now.AddMinutes(1), now: Now);
    }
}
