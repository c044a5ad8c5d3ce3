using Npgsql;
using NpgsqlTypes;

namespace Depot.Storage.Bulk;

/// <summary>The objects row on PostgreSQL, in the column order of <see cref="ObjectRow.Columns"/>.</summary>
internal static class PostgresObjectRow
{
    public static void Write(NpgsqlBinaryImporter w, PreparedObject p, long organisationId)
    {
        var o = p.Object;
        w.StartRow();
        w.Write(o.Id, NpgsqlDbType.Bigint);
        w.Write(organisationId, NpgsqlDbType.Bigint);
        w.Write(o.ObjectNumber, NpgsqlDbType.Varchar);
        Nullable(w, o.ObjectNameId);
        w.Write(p.Titles, NpgsqlDbType.Text);
        w.Write(o.ShortDescription, NpgsqlDbType.Text);
        Nullable(w, o.NumberOfParts);
        w.Write(p.Makers, NpgsqlDbType.Text);
        Text(w, p.Dating);
        w.Write(p.MaterialIds, NpgsqlDbType.Text);
        w.Write(p.TechniqueIds, NpgsqlDbType.Text);
        w.Write(p.Dimensions, NpgsqlDbType.Text);
        Nullable(w, o.ConditionId);
        w.Write(o.ConditionNote, NpgsqlDbType.Text);
        Text(w, p.Acquisition);
        Nullable(w, o.CurrentLocationId);
        Nullable(w, o.PermanentLocationId);
        w.Write(p.Subjects, NpgsqlDbType.Text);
        w.Write(p.Inscriptions, NpgsqlDbType.Text);
        w.Write(p.Rights, NpgsqlDbType.Text);
        w.Write(o.PublicationStatus.ToString(), NpgsqlDbType.Varchar);
        w.Write(o.HasImage, NpgsqlDbType.Boolean);
        w.Write(o.Version, NpgsqlDbType.Integer);
        w.Write(o.IsDeleted, NpgsqlDbType.Boolean);
        w.Write(o.CreatedAt, NpgsqlDbType.TimestampTz);
        w.Write(o.UpdatedAt, NpgsqlDbType.TimestampTz);
        w.Write(o.UpdatedBy, NpgsqlDbType.Varchar);
        Nullable(w, p.Century);
        Nullable(w, p.DatingEarliest);
        Nullable(w, p.DatingLatest);
        w.Write(p.SortKey, NpgsqlDbType.Varchar);
        w.Write(p.Title, NpgsqlDbType.Varchar);
        w.Write(p.SourceFields, NpgsqlDbType.Text);
    }

    private static void Nullable(NpgsqlBinaryImporter w, long? value)
    {
        if (value is long v) w.Write(v, NpgsqlDbType.Bigint); else w.WriteNull();
    }

    private static void Nullable(NpgsqlBinaryImporter w, int? value)
    {
        if (value is int v) w.Write(v, NpgsqlDbType.Integer); else w.WriteNull();
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value, NpgsqlDbType.Text);
    }
}
