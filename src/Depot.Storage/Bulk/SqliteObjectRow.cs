using Microsoft.Data.Sqlite;

namespace Depot.Storage.Bulk;

/// <summary>The objects row on SQLite, column by column as EF writes it (enums as names, JSON as text).</summary>
internal static class SqliteObjectRow
{
    public static void Bind(SqliteCommand command, PreparedObject p, long organisationId)
    {
        var o = p.Object;
        object?[] values =
        [
            o.Id, organisationId, o.ObjectNumber, o.ObjectNameId, p.Titles, o.ShortDescription, o.NumberOfParts, p.Makers,
            p.Dating, p.MaterialIds, p.TechniqueIds, p.Dimensions, o.ConditionId, o.ConditionNote, p.Acquisition,
            o.CurrentLocationId, o.PermanentLocationId, p.Subjects, p.Inscriptions, p.Rights, o.PublicationStatus.ToString(), o.HasImage,
            o.Version, o.IsDeleted, o.CreatedAt, o.UpdatedAt, o.UpdatedBy, p.Century, p.DatingEarliest, p.DatingLatest,
            p.SortKey, p.Title, p.SourceFields,
        ];
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
