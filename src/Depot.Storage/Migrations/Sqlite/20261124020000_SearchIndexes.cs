using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Depot.Storage.Migrations.Sqlite;

/// <summary>
/// A narrow covering index for search: full-text matches are checked for organisation, deletion
/// and facet values without reading the wide object rows, and whole-organisation facet counts
/// scan it instead of the table. The terms index lists the objects with a material or maker
/// without a visit to each term row.
/// </summary>
[DbContext(typeof(SqliteDepotDbContext))]
[Migration("20261124020000_SearchIndexes")]
public sealed class SearchIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE INDEX ix_objects_search ON objects (organisation_id, is_deleted, id, object_name_id, century,
                current_location_id, publication_status, has_image, dating_earliest, object_number_sort);
            CREATE INDEX ix_object_terms_search ON object_terms (organisation_id, facet, value_id, object_id);
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX ix_object_terms_search; DROP INDEX ix_objects_search;");
}
