using System.Data.Common;
using Depot.Core;
using Depot.Core.History;
using Depot.Core.Registration.Objects;
using Depot.Storage.Bulk;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Depot.Storage.Batch;

/// <summary>
/// Saves a new version of many objects inside the caller's transaction, writing exactly the rows
/// <see cref="RecordStore"/> writes for an update — the object row with its derived sort columns,
/// the facet rows, the full-text document and a version row with the whole snapshot and the
/// changed fields — with prepared statements instead of a tracked entity per object. The version
/// check is in the UPDATE itself: an object changed meanwhile is not written.
/// </summary>
internal sealed class ObjectVersionWriter : IAsyncDisposable
{
    private static readonly string[] DataColumns =
    [
        "object_number", "object_name_id", "titles", "short_description", "number_of_parts", "makers", "dating", "material_ids",
        "technique_ids", "dimensions", "condition_id", "condition_note", "acquisition", "current_location_id", "permanent_location_id",
        "subjects", "inscriptions", "rights", "publication_status", "has_image", "version", "is_deleted", "updated_at", "updated_by",
        "century", "dating_earliest", "dating_latest", "object_number_sort", "title",
    ];

    private readonly DatabaseEngine engine;
    private readonly IndexLabels labels;
    private readonly DbCommand update, deleteTerms, insertTerm, deleteSearch, insertSearch, insertVersion;

    public ObjectVersionWriter(DepotDbContext db, IndexLabels labels)
    {
        engine = db.Engine;
        this.labels = labels;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The writer works inside the caller's transaction.");
        DbCommand Command(string sql, params string[] parameters)
        {
            var c = connection.CreateCommand();
            c.CommandText = sql;
            c.Transaction = transaction;
            foreach (var name in parameters)
            {
                var p = c.CreateParameter();
                p.ParameterName = "@" + name;
                c.Parameters.Add(p);
            }
            return c;
        }
        var set = string.Join(", ", DataColumns.Select(c => $"{c} = @{c}"));
        update = Command($"UPDATE objects SET {set} WHERE id = @id AND organisation_id = @org AND version = @expected",
            [.. DataColumns, "id", "org", "expected"]);
        deleteTerms = Command("DELETE FROM object_terms WHERE object_id = @id", "id");
        insertTerm = Command("INSERT INTO object_terms (object_id, facet, value_id, organisation_id) VALUES (@o, @f, @v, @org)", "o", "f", "v", "org");
        deleteSearch = Command(engine == DatabaseEngine.Sqlite ? "DELETE FROM object_search WHERE rowid = @id" : "SELECT 1 WHERE @id IS NULL", "id");
        insertSearch = engine == DatabaseEngine.Sqlite
            ? Command("INSERT INTO object_search (rowid, body) VALUES (@id, @doc)", "id", "org", "doc")
            : Command("""
                INSERT INTO object_search (object_id, organisation_id, document) VALUES (@id, @org, to_tsvector('dutch', @doc))
                ON CONFLICT (object_id) DO UPDATE SET document = excluded.document
                """, "id", "org", "doc");
        insertVersion = Command("""
            INSERT INTO record_versions (organisation_id, record_type, record_id, version, change, user_id, changed_by, changed_at, note, changed_fields, snapshot)
            VALUES (@org, @type, @id, @version, @change, @user, @by, @at, @note, @fields, @snapshot)
            """, "org", "type", "id", "version", "change", "user", "by", "at", "note", "fields", "snapshot");
    }

    /// <summary>
    /// Writes <paramref name="o"/> (already changed in memory) as the version after <paramref name="expectedVersion"/>.
    /// False when the stored object is no longer at that version; then nothing was written.
    /// </summary>
    public async Task<bool> WriteAsync(CollectionObject o, int expectedVersion, string previousSnapshot, Actor actor, string note,
        DateTimeOffset now, CancellationToken ct)
    {
        o.Version = expectedVersion + 1;
        o.UpdatedAt = now;
        o.UpdatedBy = actor.Name;
        var title = o.PreferredTitle;
        Bind(update,
            o.ObjectNumber, o.ObjectNameId, Json(o.Titles), o.ShortDescription, o.NumberOfParts, Json(o.Makers),
            o.Dating is null ? null : Json(o.Dating), Json(o.MaterialIds), Json(o.TechniqueIds), Json(o.Dimensions), o.ConditionId,
            o.ConditionNote, o.Acquisition is null ? null : Json(o.Acquisition), o.CurrentLocationId, o.PermanentLocationId,
            Json(o.Subjects), Json(o.Inscriptions), Json(o.Rights), o.PublicationStatus.ToString(), o.HasImage, o.Version, o.IsDeleted,
            Time(now), o.UpdatedBy, o.Dating?.Century, o.Dating?.Earliest ?? o.Dating?.Latest, o.Dating?.Latest ?? o.Dating?.Earliest,
            ObjectNumber.SortKey(o.ObjectNumber), title.Length <= 500 ? title : title[..500],
            o.Id, o.OrganisationId, expectedVersion);
        if (await update.ExecuteNonQueryAsync(ct) != 1) return false;

        Bind(deleteTerms, o.Id);
        await deleteTerms.ExecuteNonQueryAsync(ct);
        foreach (var term in ObjectIndexing.Terms(o))
        {
            Bind(insertTerm, o.Id, (int)term.Facet, term.ValueId, o.OrganisationId);
            await insertTerm.ExecuteNonQueryAsync(ct);
        }
        if (engine == DatabaseEngine.Sqlite)
        {
            Bind(deleteSearch, o.Id);
            await deleteSearch.ExecuteNonQueryAsync(ct);
        }
        Bind(insertSearch, o.Id, o.OrganisationId, ObjectIndexing.Document(o, labels.For(o)));
        await insertSearch.ExecuteNonQueryAsync(ct);

        var snapshot = DepotJson.Serialize(o);
        Bind(insertVersion, o.OrganisationId, nameof(RecordType.Object), o.Id, o.Version, nameof(ChangeKind.Updated),
            actor.UserId, actor.Name, Time(now), note, Json(SnapshotDiff.ChangedFields(previousSnapshot, snapshot)), snapshot);
        await insertVersion.ExecuteNonQueryAsync(ct);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in new[] { update, deleteTerms, insertTerm, deleteSearch, insertSearch, insertVersion })
            await c.DisposeAsync();
    }

    private static string Json<T>(T value) => DepotJson.Serialize(value);

    /// <summary>PostgreSQL wants UTC for timestamptz; SQLite stores the text EF Core writes for the same value.</summary>
    private DateTimeOffset Time(DateTimeOffset value) => engine == DatabaseEngine.Postgres ? value.ToUniversalTime() : value;

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
