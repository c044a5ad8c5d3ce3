using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Depot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Preservation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "file_id",
                table: "object_images",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "fixity_audits",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<long>(type: "bigint", nullable: true),
                    job_id = table.Column<long>(type: "bigint", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contents_checked = table.Column<long>(type: "bigint", nullable: false),
                    replicas_checked = table.Column<long>(type: "bigint", nullable: false),
                    bytes_checked = table.Column<long>(type: "bigint", nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    repairs = table.Column<int>(type: "integer", nullable: false),
                    unrepairable = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fixity_audits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_contents",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    md5 = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    byte_length = table.Column<long>(type: "bigint", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    purged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_contents", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "upload_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    object_id = table.Column<long>(type: "bigint", nullable: true),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    expected_length = table.Column<long>(type: "bigint", nullable: false),
                    expected_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    expected_md5 = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    received_bytes = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_id = table.Column<long>(type: "bigint", nullable: true),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    created_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_upload_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_upload_sessions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_replicas",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    store = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_replicas", x => x.id);
                    table.ForeignKey(
                        name: "FK_content_replicas_stored_contents_sha256",
                        column: x => x.sha256,
                        principalTable: "stored_contents",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "digital_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    object_id = table.Column<long>(type: "bigint", nullable: true),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    original_path = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    md5 = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    byte_length = table.Column<long>(type: "bigint", nullable: false),
                    media_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    format_puid = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    format_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    format_version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    identification_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    embedded_metadata = table.Column<string>(type: "text", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: true),
                    height = table.Column<int>(type: "integer", nullable: true),
                    colour_space = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    derivatives = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    derivative_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    caption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ingested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ingested_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    deletion_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    purge_after = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    purged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digital_files", x => x.id);
                    table.ForeignKey(
                        name: "FK_digital_files_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_digital_files_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_digital_files_stored_contents_sha256",
                        column: x => x.sha256,
                        principalTable: "stored_contents",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "preservation_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    file_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    agent = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    store = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    audit_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preservation_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_preservation_events_digital_files_file_id",
                        column: x => x.file_id,
                        principalTable: "digital_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_preservation_events_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_object_images_file_id",
                table: "object_images",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "IX_content_replicas_sha256_store",
                table: "content_replicas",
                columns: new[] { "sha256", "store" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_replicas_store_last_checked_at",
                table: "content_replicas",
                columns: new[] { "store", "last_checked_at" });

            migrationBuilder.CreateIndex(
                name: "IX_digital_files_object_id",
                table: "digital_files",
                column: "object_id");

            migrationBuilder.CreateIndex(
                name: "IX_digital_files_organisation_id_ingested_at",
                table: "digital_files",
                columns: new[] { "organisation_id", "ingested_at" });

            migrationBuilder.CreateIndex(
                name: "IX_digital_files_organisation_id_object_id",
                table: "digital_files",
                columns: new[] { "organisation_id", "object_id" });

            migrationBuilder.CreateIndex(
                name: "IX_digital_files_organisation_id_sha256",
                table: "digital_files",
                columns: new[] { "organisation_id", "sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_digital_files_purge_after",
                table: "digital_files",
                column: "purge_after");

            migrationBuilder.CreateIndex(
                name: "IX_digital_files_sha256",
                table: "digital_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_fixity_audits_organisation_id_started_at",
                table: "fixity_audits",
                columns: new[] { "organisation_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_fixity_audits_started_at",
                table: "fixity_audits",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_events_audit_id",
                table: "preservation_events",
                column: "audit_id");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_events_event_id",
                table: "preservation_events",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_preservation_events_file_id",
                table: "preservation_events",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "IX_preservation_events_organisation_id_file_id_at",
                table: "preservation_events",
                columns: new[] { "organisation_id", "file_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_preservation_events_organisation_id_type_at",
                table: "preservation_events",
                columns: new[] { "organisation_id", "type", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_upload_sessions_organisation_id_created_at",
                table: "upload_sessions",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_upload_sessions_state_expires_at",
                table: "upload_sessions",
                columns: new[] { "state", "expires_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_replicas");

            migrationBuilder.DropTable(
                name: "fixity_audits");

            migrationBuilder.DropTable(
                name: "preservation_events");

            migrationBuilder.DropTable(
                name: "upload_sessions");

            migrationBuilder.DropTable(
                name: "digital_files");

            migrationBuilder.DropTable(
                name: "stored_contents");

            migrationBuilder.DropIndex(
                name: "IX_object_images_file_id",
                table: "object_images");

            migrationBuilder.DropColumn(
                name: "file_id",
                table: "object_images");
        }
    }
}
