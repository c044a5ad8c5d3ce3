using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Depot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Thesauri : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "close_matches",
                table: "concepts",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.CreateTable(
                name: "merges",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    record_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    kept_id = table.Column<long>(type: "bigint", nullable: false),
                    removed_id = table.Column<long>(type: "bigint", nullable: false),
                    removed_label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kept_label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    removed_version = table.Column<int>(type: "integer", nullable: false),
                    changes = table.Column<string>(type: "text", nullable: false),
                    merged_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    merged_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    merged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    undone_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    undone_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merges", x => x.id);
                    table.ForeignKey(
                        name: "FK_merges_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_merges_organisation_id_record_type_kept_id",
                table: "merges",
                columns: new[] { "organisation_id", "record_type", "kept_id" });

            migrationBuilder.CreateIndex(
                name: "IX_merges_organisation_id_record_type_removed_id",
                table: "merges",
                columns: new[] { "organisation_id", "record_type", "removed_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merges");

            migrationBuilder.DropColumn(
                name: "close_matches",
                table: "concepts");
        }
    }
}
