using System.Data;
using System.Globalization;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Completeness;

/// <summary>How far an organisation's objects meet the minimal registration, per missing field.</summary>
/// <param name="Total">Objects that are not deleted.</param>
/// <param name="MeetingMinimal">Objects with every minimal field filled in.</param>
/// <param name="MissingPerField">For each minimal field (<see cref="Core.Registration.Completeness.RegistrationProfile"/> keys), how many objects lack it.</param>
public sealed record OrganisationCompleteness(long Total, long MeetingMinimal, IReadOnlyDictionary<string, long> MissingPerField)
{
    public double Percentage => Total == 0 ? 0 : 100.0 * MeetingMinimal / Total;
}

/// <summary>
/// Counts completeness with one aggregate query over the objects table: a single scan, no
/// objects loaded, so it stays a matter of a second or two at a million objects.
/// </summary>
public sealed class CompletenessStats(DepotDatabase database)
{
    public async Task<OrganisationCompleteness> ForOrganisationAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        var missing = MissingConditions(db.Engine);
        var sums = string.Join(",\n", missing.Select(m => $"COALESCE(SUM(CASE WHEN {m.Condition} THEN 1 ELSE 0 END), 0)"));
        var anyMissing = string.Join(" OR ", missing.Select(m => "(" + m.Condition + ")"));
        var notDeleted = db.Engine == DatabaseEngine.Postgres ? "NOT is_deleted" : "is_deleted = 0";
        command.CommandText = $"""
            SELECT COUNT(*),
            COALESCE(SUM(CASE WHEN {anyMissing} THEN 0 ELSE 1 END), 0),
            {sums}
            FROM objects WHERE organisation_id = @org AND {notDeleted}
            """;
        var p = command.CreateParameter();
        p.ParameterName = "@org";
        p.Value = organisationId;
        command.Parameters.Add(p);

        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        var meeting = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        var perField = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < missing.Count; i++)
            perField[missing[i].Key] = Convert.ToInt64(reader.GetValue(i + 2), CultureInfo.InvariantCulture);
        return new OrganisationCompleteness(total, meeting, perField);
    }

    /// <summary>
    /// For each minimal field, the SQL that is true when an object lacks it; these mirror
    /// <see cref="Core.Registration.Completeness.RegistrationProfile"/> (a contract test keeps them in step).
    /// </summary>
    internal static IReadOnlyList<(string Key, string Condition)> MissingConditions(DatabaseEngine engine)
    {
        string Acquisition(string property) => engine == DatabaseEngine.Postgres
            ? $"(acquisition::jsonb ->> '{property}') IS NULL"
            : $"json_extract(acquisition, '$.{property}') IS NULL";
        return
        [
            ("objectNumber", "TRIM(object_number) = ''"),
            ("objectName", "object_name_id IS NULL"),
            ("shortDescription", "TRIM(short_description) = ''"),
            ("title", "(titles IS NULL OR titles = '[]')"),
            ("acquisitionMethod", Acquisition("methodId")),
            ("acquisitionSource", Acquisition("sourceAgentId")),
            ("acquisitionDate", Acquisition("date")),
            ("currentLocation", "current_location_id IS NULL"),
        ];
    }
}
