using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Depot.Storage.Migrations.Postgres;

/// <summary>The full-text table: a Dutch-stemmed tsvector per object with a GIN index.</summary>
[DbContext(typeof(PostgresDepotDbContext))]
[Migration("20261124013000_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE object_search (
                object_id bigint PRIMARY KEY REFERENCES objects(id) ON DELETE CASCADE,
                organisation_id bigint NOT NULL,
                document tsvector NOT NULL);
            CREATE INDEX ix_object_search_document ON object_search USING GIN (document);
            CREATE INDEX ix_object_search_org ON object_search (organisation_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE object_search;");
}
