using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Depot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "portal_objects",
                columns: table => new
                {
                    object_id = table.Column<long>(type: "bigint", nullable: false),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    organisation_slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title_sort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    earliest = table.Column<int>(type: "integer", nullable: true),
                    latest = table.Column<int>(type: "integer", nullable: true),
                    has_image = table.Column<bool>(type: "boolean", nullable: false),
                    event_sequence = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_objects", x => x.object_id);
                    table.ForeignKey(
                        name: "FK_portal_objects_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "portal_terms",
                columns: table => new
                {
                    object_id = table.Column<long>(type: "bigint", nullable: false),
                    facet = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value_key = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    label_nl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    label_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_terms", x => new { x.object_id, x.facet, x.value_key });
                    table.ForeignKey(
                        name: "FK_portal_terms_portal_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "portal_objects",
                        principalColumn: "object_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_portal_objects_event_sequence",
                table: "portal_objects",
                column: "event_sequence");

            migrationBuilder.CreateIndex(
                name: "IX_portal_objects_organisation_id",
                table: "portal_objects",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_portal_objects_organisation_slug_title_sort",
                table: "portal_objects",
                columns: new[] { "organisation_slug", "title_sort" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_objects_title_sort",
                table: "portal_objects",
                column: "title_sort");

            migrationBuilder.CreateIndex(
                name: "IX_portal_terms_facet_value_key_object_id",
                table: "portal_terms",
                columns: new[] { "facet", "value_key", "object_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "portal_terms");

            migrationBuilder.DropTable(
                name: "portal_objects");
        }
    }
}
