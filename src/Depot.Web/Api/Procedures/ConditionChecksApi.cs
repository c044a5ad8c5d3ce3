using Depot.Core;
using Depot.Core.Procedures;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

public sealed record ConditionCheckInput(
    string? Number, DateOnly? Date, long? CheckerId, string? CheckerName, long? ConditionId, string? Notes,
    IReadOnlyList<long>? ObjectIds, bool? UpdatesObjects, int? Version = null) : IRecordInput;

/// <summary>Toestandscontroles. Images of a check are not supported yet (no file storage).</summary>
public static class ConditionChecksApi
{
    public static readonly RecordApi<ConditionCheck, ConditionCheckInput, ConditionCheck> Descriptor = new()
    {
        Path = "condition-checks",
        Name = "ConditionCheck",
        PluralName = "ConditionChecks",
        Tag = "Procedures",
        Type = RecordType.ConditionCheck,
        ToRecord = (i, stored) => new ConditionCheck
        {
            Number = i.Number ?? stored?.Number ?? "",
            Date = i.Date ?? default,
            CheckerId = i.CheckerId,
            CheckerName = i.CheckerName?.Trim() ?? "",
            ConditionId = i.ConditionId,
            Notes = i.Notes ?? "",
            ObjectIds = ProceduresModule.Ids(i.ObjectIds),
            UpdatesObjects = i.UpdatesObjects ?? true,
        },
        ToOutput = c => c,
    };
}
