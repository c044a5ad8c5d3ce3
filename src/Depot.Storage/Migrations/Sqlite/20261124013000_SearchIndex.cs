using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Depot.Storage.Migrations.Sqlite;

/// <summary>The FTS5 table: rowid is the object id; diacritics folded so "Ieperse" finds "Iëperse".</summary>
[DbContext(typeof(SqliteDepotDbContext))]
[Migration("20261124013000_SearchIndex")]
public sealed class SearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE VIRTUAL TABLE object_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE object_search;");
}
