using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Records;
using Microsoft.Data.Sqlite;

namespace Depot.Storage.Bulk;

/// <summary>
/// SQLite: prepared statements on one connection, one immediate transaction per batch, with the
/// durability settings of every other write (WAL, synchronous=NORMAL). Ids are taken inside the
/// transaction from the table's AUTOINCREMENT counter, so no other writer can take them.
/// </summary>
internal sealed class SqliteObjectWriter : IBulkObjectWriter
{
    private readonly SqliteConnection connection;
    private readonly long organisationId;
    private readonly Actor actor;
    private readonly SqliteCommand nextId, insertObject, insertSearch, insertVersion;

    // One statement per object for its facet rows (a VALUES row each), by row count: each statement
    // executed costs more in the provider than the rows it inserts.
    private readonly Dictionary<int, SqliteCommand> insertTerms = [];
    private bool ownsConnection = true;
    private SqliteTransaction? transaction;
    private DateTimeOffset now;
    private long nextIdValue;

    /// <summary>The history note of the version-1 rows.</summary>
    public string Note { get; init; } = BulkLoader.Note;

    private IEnumerable<SqliteCommand> Commands => [nextId, insertObject, insertSearch, insertVersion, .. insertTerms.Values];

    private SqliteObjectWriter(SqliteConnection connection, long organisationId, Actor actor)
    {
        this.connection = connection;
        this.organisationId = organisationId;
        this.actor = actor;
        nextId = Command("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'objects'), 0), coalesce((SELECT max(id) FROM objects), 0)) + 1");
        insertObject = Command($"""
            INSERT INTO objects ({string.Join(", ", ObjectRow.Columns)})
            VALUES ({string.Join(", ", ObjectRow.Columns.Select(c => "$" + c))})
            ON CONFLICT (organisation_id, object_number) DO NOTHING
            """, ObjectRow.Columns);
        insertSearch = Command("INSERT INTO object_search (rowid, body) VALUES ($id, $body)", "id", "body");
        insertVersion = Command("""
            INSERT INTO record_versions (organisation_id, record_type, record_id, version, change, user_id, changed_by, changed_at, note, changed_fields, snapshot)
            VALUES ($org, $type, $id, 1, $change, $user, $by, $at, $note, '[]', $snapshot)
            """, "org", "type", "id", "change", "user", "by", "at", "note", "snapshot");
    }

    public static async Task<IBulkObjectWriter> OpenAsync(string connectionString, long organisationId, Actor actor, CancellationToken ct)
    {
        // A private cache: shared-cache mode adds table locks to every statement, which a lone bulk writer does not need.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Cache = SqliteCacheMode.Private, Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var pragmas = connection.CreateCommand())
        {
            // The same settings as every EF connection (SqlitePragmas): a committed batch survives a killed process.
            pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";
            await pragmas.ExecuteNonQueryAsync(ct);
        }
        return new SqliteObjectWriter(connection, organisationId, actor);
    }

    /// <summary>
    /// A writer inside a transaction someone else owns (an import batch that also writes authorities,
    /// updates and provenance): <see cref="Commit"/> leaves committing to the owner.
    /// </summary>
    public static SqliteObjectWriter Within(SqliteConnection connection, SqliteTransaction transaction, long organisationId, Actor actor, string note) =>
        new(connection, organisationId, actor) { ownsConnection = false, transaction = transaction, Note = note };

    public void Begin(DateTimeOffset now)
    {
        if (ownsConnection) transaction = connection.BeginTransaction(deferred: false);
        foreach (var c in Commands) c.Transaction = transaction;
        this.now = now;
        nextIdValue = (long)nextId.ExecuteScalar()!;
    }

    public int Write(IReadOnlyList<PreparedObject> chunk, CancellationToken ct)
    {
        var inserted = 0;
        foreach (var p in chunk)
        {
            ct.ThrowIfCancellationRequested();
            var id = nextIdValue;
            var snapshot = p.Finish(id, now, actor.Name);
            SqliteObjectRow.Bind(insertObject, p, organisationId);
            // Zero rows: the number is taken in this organisation; the object is skipped whole.
            if (insertObject.ExecuteNonQuery() == 0) continue;

            if (p.Terms.Length > 0)
            {
                var insertTerm = TermsCommand(p.Terms.Length);
                insertTerm.Parameters[0].Value = id;
                insertTerm.Parameters[1].Value = organisationId;
                for (var t = 0; t < p.Terms.Length; t++)
                {
                    insertTerm.Parameters[2 + 2 * t].Value = (int)p.Terms[t].Facet;
                    insertTerm.Parameters[3 + 2 * t].Value = p.Terms[t].ValueId;
                }
                insertTerm.ExecuteNonQuery();
            }
            Set(insertSearch, id, p.Document);
            insertSearch.ExecuteNonQuery();
            Set(insertVersion, organisationId, nameof(RecordType.Object), id, nameof(ChangeKind.Created),
                (object?)actor.UserId ?? DBNull.Value, actor.Name, now, Note, snapshot);
            insertVersion.ExecuteNonQuery();
            nextIdValue++;
            inserted++;
        }
        return inserted;
    }

    public void Commit()
    {
        if (!ownsConnection) return;
        transaction!.Commit();
        transaction.Dispose();
        transaction = null;
    }

    public Task FinishAsync(CancellationToken ct) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var c in Commands) await c.DisposeAsync();
        if (!ownsConnection) return;
        if (transaction is not null) await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    /// <summary>The facet-row insert for <paramref name="rows"/> rows: parameters $o, $org, then $f0, $v0, $f1, $v1 …</summary>
    private SqliteCommand TermsCommand(int rows)
    {
        if (insertTerms.TryGetValue(rows, out var command)) return command;
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => $"($o, $f{i}, $v{i}, $org)"));
        command = Command($"INSERT INTO object_terms (object_id, facet, value_id, organisation_id) VALUES {values}",
            ["o", "org", .. Enumerable.Range(0, rows).SelectMany(i => new[] { $"f{i}", $"v{i}" })]);
        command.Transaction = transaction;
        insertTerms[rows] = command;
        return command;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter("$" + name, null));
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
