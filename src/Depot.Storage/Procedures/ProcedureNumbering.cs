using System.Data.Common;
using Depot.Core;
using Depot.Core.Procedures;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Depot.Storage.Procedures;

/// <summary>
/// Hands out procedure numbers (<c>BL-2026-0001</c>) per organisation, prefix and year, inside the
/// caller's transaction. One atomic upsert per number: on PostgreSQL the counter row stays locked
/// until the transaction ends, on SQLite the transaction already holds the write lock (Depot's
/// transactions begin IMMEDIATE). So two saves never get the same number, and a save that rolls
/// back gives its number back.
/// </summary>
public static class ProcedureNumbering
{
    private const string Upsert =
        "INSERT INTO procedure_counters (organisation_id, prefix, year, last_value) VALUES (@org, @prefix, @year, 1) " +
        "ON CONFLICT (organisation_id, prefix, year) DO UPDATE SET last_value = procedure_counters.last_value + 1 " +
        "RETURNING last_value";

    /// <summary>The next free number for <paramref name="type"/>; skips numbers somebody typed in by hand.</summary>
    public static async Task<string> NextAsync<T>(DepotDbContext db, long organisationId, RecordType type, int year, CancellationToken ct)
        where T : class, IProcedure
    {
        var prefix = ProcedurePrefixes.For(type);
        while (true)
        {
            var number = ProcedurePrefixes.Format(prefix, year, await NextValueAsync(db, organisationId, prefix, year, ct));
            if (!await db.Set<T>().AnyAsync(r => r.OrganisationId == organisationId && r.Number == number, ct)) return number;
        }
    }

    private static async Task<int> NextValueAsync(DepotDbContext db, long organisationId, string prefix, int year, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "org", organisationId);
        Add(command, "prefix", prefix);
        Add(command, "year", year);
        var value = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
