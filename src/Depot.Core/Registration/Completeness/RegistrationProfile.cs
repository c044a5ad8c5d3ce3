using Depot.Core.Registration.Objects;

namespace Depot.Core.Registration.Completeness;

/// <summary>The two registration profiles of the Invulboek Objecten.</summary>
public enum ProfileLevel
{
    /// <summary>Minimale registratie (after CIDOC Fact Sheet 1).</summary>
    Minimal,

    /// <summary>Basisregistratie: the minimal fields and the description of the object itself.</summary>
    Basic,
}

/// <summary>One field of a registration profile and how to tell it is filled in.</summary>
public sealed record ProfileField(string Key, ProfileLevel Level, Func<CollectionObject, bool> IsFilled);

/// <summary>
/// Which fields the Invulboek profiles ask for. The holding institution (naam bewaarinstelling)
/// is the organisation the record lives in, so it is always known and not listed here.
/// </summary>
public static class RegistrationProfile
{
    public static readonly IReadOnlyList<ProfileField> Fields =
    [
        new("objectNumber", ProfileLevel.Minimal, o => !string.IsNullOrWhiteSpace(o.ObjectNumber)),
        new("objectName", ProfileLevel.Minimal, o => o.ObjectNameId is not null),
        new("shortDescription", ProfileLevel.Minimal, o => !string.IsNullOrWhiteSpace(o.ShortDescription)),
        new("title", ProfileLevel.Minimal, o => o.Titles.Count > 0),
        new("acquisitionMethod", ProfileLevel.Minimal, o => o.Acquisition?.MethodId is not null),
        new("acquisitionSource", ProfileLevel.Minimal, o => o.Acquisition?.SourceAgentId is not null),
        new("acquisitionDate", ProfileLevel.Minimal, o => o.Acquisition?.Date is not null),
        new("currentLocation", ProfileLevel.Minimal, o => o.CurrentLocationId is not null),
        new("subjects", ProfileLevel.Basic, o => o.Subjects.Count > 0),
        new("makers", ProfileLevel.Basic, o => o.Makers.Count > 0),
        new("dating", ProfileLevel.Basic, o => o.Dating is not null),
        new("materials", ProfileLevel.Basic, o => o.MaterialIds.Count > 0),
        new("techniques", ProfileLevel.Basic, o => o.TechniqueIds.Count > 0),
        new("condition", ProfileLevel.Basic, o => o.ConditionId is not null),
        new("dimensions", ProfileLevel.Basic, o => o.Dimensions.Count > 0),
    ];

    public static IEnumerable<ProfileField> Of(ProfileLevel level) => Fields.Where(f => f.Level <= level);

    /// <summary>Whether <paramref name="key"/> is one of the minimal-registration fields.</summary>
    public static bool IsMinimal(string key) => Fields.Any(f => f.Key == key && f.Level == ProfileLevel.Minimal);

    public static RecordCompleteness Assess(CollectionObject o)
    {
        var minimal = Of(ProfileLevel.Minimal).ToList();
        var basic = Fields;
        return new RecordCompleteness(
            minimal.Count(f => f.IsFilled(o)), minimal.Count,
            basic.Count(f => f.IsFilled(o)), basic.Count,
            basic.Where(f => !f.IsFilled(o)).Select(f => f.Key).ToList());
    }
}

/// <summary>How much of the profiles one record fills in, and which fields are still empty.</summary>
public sealed record RecordCompleteness(int MinimalFilled, int MinimalTotal, int BasicFilled, int BasicTotal, IReadOnlyList<string> Missing)
{
    public bool MeetsMinimal => MinimalFilled == MinimalTotal;

    public bool MeetsBasic => BasicFilled == BasicTotal;
}
