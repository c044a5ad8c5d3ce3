using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Depot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Publishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_published",
                table: "object_sets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "feed_cursors",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feed_cursors", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "object_images",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    media_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    byte_length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    storage_path = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    caption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    is_public = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_images", x => x.id);
                    table.ForeignKey(
                        name: "FK_object_images_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_object_images_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publication_events",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    source_sequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publication_events", x => x.sequence);
                    table.ForeignKey(
                        name: "FK_publication_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_records",
                columns: table => new
                {
                    record_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    is_public = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_event_sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    datestamp = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    first_published_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    snapshot_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_records", x => new { x.record_type, x.record_id });
                    table.ForeignKey(
                        name: "FK_published_records_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_object_images_object_id_position",
                table: "object_images",
                columns: new[] { "object_id", "position" });

            migrationBuilder.CreateIndex(
                name: "IX_object_images_organisation_id_sha256",
                table: "object_images",
                columns: new[] { "organisation_id", "sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_events_at",
                table: "publication_events",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_publication_events_organisation_id_sequence",
                table: "publication_events",
                columns: new[] { "organisation_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_publication_events_record_type_record_id_sequence",
                table: "publication_events",
                columns: new[] { "record_type", "record_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_published_records_datestamp_record_id",
                table: "published_records",
                columns: new[] { "datestamp", "record_id" });

            migrationBuilder.CreateIndex(
                name: "IX_published_records_organisation_id_datestamp_record_id",
                table: "published_records",
                columns: new[] { "organisation_id", "datestamp", "record_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feed_cursors");

            migrationBuilder.DropTable(
                name: "object_images");

            migrationBuilder.DropTable(
                name: "publication_events");

            migrationBuilder.DropTable(
                name: "published_records");

            migrationBuilder.DropColumn(
                name: "is_published",
                table: "object_sets");
        }
    }
}
