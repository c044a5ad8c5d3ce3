using Depot.Core;
using Depot.Core.History;
using Depot.Storage.Records;
using Npgsql;
using NpgsqlTypes;

namespace Depot.Storage.Bulk;

/// <summary>
/// PostgreSQL: binary COPY of objects, facet rows and versions, and the documents through a
/// staging table turned into Dutch tsvectors by one INSERT … SELECT, all in one transaction per
/// batch. Ids come from the objects' identity sequence (nextval), so later inserts never collide.
/// </summary>
internal sealed class PostgresObjectWriter(NpgsqlConnection connection, long organisationId, Actor actor, bool ownsConnection = true) : IBulkObjectWriter
{
    /// <summary>The history note of the version-1 rows.</summary>
    public string Note { get; init; } = BulkLoader.Note;

    /// <summary>
    /// A writer inside the connection's open transaction, which someone else owns (an import batch that
    /// also writes authorities, updates and provenance): <see cref="Commit"/> leaves committing to the owner.
    /// </summary>
    public static PostgresObjectWriter Within(NpgsqlConnection connection, long organisationId, Actor actor, string note) =>
        new(connection, organisationId, actor, ownsConnection: false) { Note = note };

    public static async Task<IBulkObjectWriter> OpenAsync(string connectionString, long organisationId, Actor actor, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var create = new NpgsqlCommand(
            "CREATE TEMP TABLE bulk_search (object_id bigint, organisation_id bigint, body text)", connection);
        await create.ExecuteNonQueryAsync(ct);
        return new PostgresObjectWriter(connection, organisationId, actor);
    }

    private NpgsqlTransaction? transaction;
    private DateTimeOffset now;

    public void Begin(DateTimeOffset now)
    {
        this.now = now.ToUniversalTime();
        if (!ownsConnection)
        {
            // The staging table lives as long as the owner's transaction.
            using var create = new NpgsqlCommand(
                "CREATE TEMP TABLE IF NOT EXISTS bulk_search (object_id bigint, organisation_id bigint, body text) ON COMMIT DROP", connection);
            create.ExecuteNonQuery();
            return;
        }
        transaction = connection.BeginTransaction();
    }

    public int Write(IReadOnlyList<PreparedObject> chunk, CancellationToken ct)
    {
        var fresh = Fresh(chunk);
        if (fresh.Count == 0) return 0;
        var ids = ReserveIds(fresh.Count);
        var snapshots = new string[fresh.Count];
        for (var i = 0; i < fresh.Count; i++) snapshots[i] = fresh[i].Finish(ids[i], now, actor.Name);

        using (var objects = connection.BeginBinaryImport($"COPY objects ({string.Join(", ", ObjectRow.Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var p in fresh) PostgresObjectRow.Write(objects, p, organisationId);
            objects.Complete();
        }
        using (var terms = connection.BeginBinaryImport("COPY object_terms (object_id, facet, value_id, organisation_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var p in fresh)
                foreach (var (facet, valueId) in p.Terms)
                {
                    terms.StartRow();
                    terms.Write(p.Object.Id, NpgsqlDbType.Bigint);
                    terms.Write((int)facet, NpgsqlDbType.Integer);
                    terms.Write(valueId, NpgsqlDbType.Bigint);
                    terms.Write(organisationId, NpgsqlDbType.Bigint);
                }
            terms.Complete();
        }
        using (var search = connection.BeginBinaryImport("COPY bulk_search (object_id, organisation_id, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var p in fresh)
            {
                search.StartRow();
                search.Write(p.Object.Id, NpgsqlDbType.Bigint);
                search.Write(organisationId, NpgsqlDbType.Bigint);
                search.Write(p.Document, NpgsqlDbType.Text);
            }
            search.Complete();
        }
        using (var versions = connection.BeginBinaryImport("""
            COPY record_versions (organisation_id, record_type, record_id, version, change, user_id, changed_by, changed_at, note, changed_fields, snapshot)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                versions.StartRow();
                versions.Write(organisationId, NpgsqlDbType.Bigint);
                versions.Write(nameof(RecordType.Object), NpgsqlDbType.Varchar);
                versions.Write(fresh[i].Object.Id, NpgsqlDbType.Bigint);
                versions.Write(1, NpgsqlDbType.Integer);
                versions.Write(nameof(ChangeKind.Created), NpgsqlDbType.Varchar);
                if (actor.UserId is long user) versions.Write(user, NpgsqlDbType.Bigint); else versions.WriteNull();
                versions.Write(actor.Name, NpgsqlDbType.Text);
                versions.Write(now, NpgsqlDbType.TimestampTz);
                versions.Write(Note, NpgsqlDbType.Text);
                versions.Write("[]", NpgsqlDbType.Text);
                versions.Write(snapshots[i], NpgsqlDbType.Text);
                snapshots[i] = "";
            }
            versions.Complete();
        }
        // The staging rows become tsvectors in the database, with the same configuration as a normal save.
        using (var index = new NpgsqlCommand("""
            INSERT INTO object_search (object_id, organisation_id, document) SELECT object_id, organisation_id, to_tsvector('dutch', body) FROM bulk_search;
            TRUNCATE bulk_search;
            """, connection, transaction))
            index.ExecuteNonQuery();
        return fresh.Count;
    }

    public void Commit()
    {
        if (!ownsConnection) return;
        transaction!.Commit();
        transaction.Dispose();
        transaction = null;
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        // Fresh statistics so the planner sees a million rows, not the empty tables it last analysed.
        await using var analyse = new NpgsqlCommand("ANALYZE objects; ANALYZE object_terms; ANALYZE object_search;", connection);
        await analyse.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (!ownsConnection) return;
        if (transaction is not null) await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    /// <summary>The chunk without numbers already used in the organisation or earlier in the batch.</summary>
    private List<PreparedObject> Fresh(IReadOnlyList<PreparedObject> batch)
    {
        using var taken = new NpgsqlCommand("SELECT object_number FROM objects WHERE organisation_id = $1 AND object_number = ANY($2)", connection);
        taken.Parameters.Add(new NpgsqlParameter { Value = organisationId });
        taken.Parameters.Add(new NpgsqlParameter { Value = batch.Select(p => p.Object.ObjectNumber).ToArray() });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = taken.ExecuteReader())
            while (reader.Read()) seen.Add(reader.GetString(0));
        return [.. batch.Where(p => seen.Add(p.Object.ObjectNumber))];
    }

    private long[] ReserveIds(int count)
    {
        using var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('objects', 'id')) FROM generate_series(1, $1)", connection);
        next.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new long[count];
        using var reader = next.ExecuteReader();
        for (var i = 0; reader.Read(); i++) ids[i] = reader.GetInt64(0);
        return ids;
    }
}
