using Depot.Core;

namespace Depot.Web.Pages.Procedures;

/// <summary>Where each procedure's pages live (Dutch route segments) and its text keys.</summary>
public static class ProcedureKinds
{
    public static readonly IReadOnlyList<RecordType> All =
        [RecordType.ObjectEntry, RecordType.Acquisition, RecordType.Loan, RecordType.ConditionCheck, RecordType.ObjectExit];

    public static string Segment(RecordType type) => type switch
    {
        RecordType.ObjectEntry => "instroom",
        RecordType.Acquisition => "verwervingen",
        RecordType.Loan => "bruiklenen",
        RecordType.ConditionCheck => "toestandscontroles",
        RecordType.ObjectExit => "uitstroom",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static RecordType Of(Depot.Core.Procedures.IProcedure record) => record switch
    {
        Depot.Core.Procedures.ObjectEntry => RecordType.ObjectEntry,
        Depot.Core.Procedures.ObjectAcquisition => RecordType.Acquisition,
        Depot.Core.Procedures.Loan => RecordType.Loan,
        Depot.Core.Procedures.ConditionCheck => RecordType.ConditionCheck,
        Depot.Core.Procedures.ObjectExit => RecordType.ObjectExit,
        _ => throw new ArgumentOutOfRangeException(nameof(record)),
    };

    public static RecordType? FromSegment(string segment) => All.Cast<RecordType?>().FirstOrDefault(t => Segment(t!.Value) == segment);

    public static string Url(string org, RecordType type) => $"/o/{org}/procedures/{Segment(type)}";

    public static string Url(string org, RecordType type, long id) => $"{Url(org, type)}/{id}";

    /// <summary>Text key of the procedure's plural name: <c>procedures.kind.Loan</c>.</summary>
    public static string Name(RecordType type) => $"procedures.kind.{type}";
}
