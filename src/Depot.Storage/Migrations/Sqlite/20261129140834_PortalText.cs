using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Depot.Storage.Migrations.Sqlite;

/// <summary>The portal's full-text table over public objects only: rowid is the object id; diacritics folded.</summary>
[DbContext(typeof(SqliteDepotDbContext))]
[Migration("20261129140834_PortalText")]
public sealed class PortalText : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE VIRTUAL TABLE portal_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE portal_text;");
}
