using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Depot.Storage.Migrations.Postgres;

/// <summary>The portal's full-text table over public objects only: a Dutch-stemmed tsvector per object with a GIN index.</summary>
[DbContext(typeof(PostgresDepotDbContext))]
[Migration("20261129140903_PortalText")]
public sealed class PortalText : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE TABLE portal_text (
                object_id bigint PRIMARY KEY REFERENCES portal_objects(object_id) ON DELETE CASCADE,
                document tsvector NOT NULL);
            CREATE INDEX ix_portal_text_document ON portal_text USING GIN (document);
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE portal_text;");
}
