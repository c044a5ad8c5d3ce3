using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Depot.Storage.Migrations.Postgres;

/// <summary>
/// Search indexes: a covering index so full-text matches and facet counts need no visit to the
/// wide object rows, and the natural object-number order compared byte-wise (COLLATE "C") so it
/// is the same on every server locale and on SQLite.
/// </summary>
[DbContext(typeof(PostgresDepotDbContext))]
[Migration("20261124020000_SearchIndexes")]
public sealed class SearchIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE INDEX ix_objects_search ON objects (organisation_id, is_deleted, id)
                INCLUDE (object_name_id, century, current_location_id, publication_status, has_image, dating_earliest);
            CREATE INDEX ix_objects_number_natural ON objects (organisation_id, object_number_sort COLLATE "C", id);
            CREATE INDEX ix_object_terms_search ON object_terms (organisation_id, facet, value_id) INCLUDE (object_id);
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX ix_object_terms_search; DROP INDEX ix_objects_number_natural; DROP INDEX ix_objects_search;");
}
