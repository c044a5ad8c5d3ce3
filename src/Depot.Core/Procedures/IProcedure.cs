namespace Depot.Core.Procedures;

/// <summary>A Spectrum procedure: a versioned record with its own number, about one or more objects.</summary>
public interface IProcedure : IVersionedRecord
{
    /// <summary>Unique in the organisation, e.g. <c>BL-2026-0001</c>; assigned by the store when left empty.</summary>
    string Number { get; set; }

    List<long> ObjectIds { get; set; }

    /// <summary>The date that decides the year in the number and the order in lists.</summary>
    DateOnly? ProcedureDate { get; }
}

/// <summary>An amount of money; Depot works in euro unless told otherwise.</summary>
public sealed record Money(decimal Amount, string Currency = "EUR");

/// <summary>The number prefixes per procedure, as registrars write them.</summary>
public static class ProcedurePrefixes
{
    public static string For(RecordType type) => type switch
    {
        RecordType.ObjectEntry => "IN",
        RecordType.Acquisition => "VW",
        RecordType.Loan => "BL",
        RecordType.ConditionCheck => "TC",
        RecordType.ObjectExit => "UI",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a numbered procedure."),
    };

    /// <summary>"BL-2026-0007".</summary>
    public static string Format(string prefix, int year, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{year}-{sequence:0000}");
}
