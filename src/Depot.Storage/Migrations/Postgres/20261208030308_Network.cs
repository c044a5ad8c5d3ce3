using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Depot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Network : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "harvest_sources",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    metadata_format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    set_spec = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    csv_mapping_id = table.Column<long>(type: "bigint", nullable: true),
                    interval_minutes = table.Column<int>(type: "integer", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    last_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_succeeded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    last_error_en = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    last_failing_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    source_up_to_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    flagged = table.Column<bool>(type: "boolean", nullable: false),
                    record_count = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_harvest_sources", x => x.id);
                    table.ForeignKey(
                        name: "FK_harvest_sources_import_mappings_csv_mapping_id",
                        column: x => x.csv_mapping_id,
                        principalTable: "import_mappings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_harvest_sources_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "harvest_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    source_id = table.Column<long>(type: "bigint", nullable: false),
                    job_id = table.Column<long>(type: "bigint", nullable: true),
                    on_demand = table.Column<bool>(type: "boolean", nullable: false),
                    started_by = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pages = table.Column<int>(type: "integer", nullable: false),
                    added = table.Column<long>(type: "bigint", nullable: false),
                    updated = table.Column<long>(type: "bigint", nullable: false),
                    unchanged = table.Column<long>(type: "bigint", nullable: false),
                    deleted = table.Column<long>(type: "bigint", nullable: false),
                    refused = table.Column<long>(type: "bigint", nullable: false),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    error_en = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    failing_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    refusal_sample = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_harvest_runs", x => x.id);
                    table.ForeignKey(
                        name: "FK_harvest_runs_harvest_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "harvest_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_harvest_runs_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "harvested_records",
                columns: table => new
                {
                    object_id = table.Column<long>(type: "bigint", nullable: false),
                    organisation_id = table.Column<long>(type: "bigint", nullable: false),
                    source_id = table.Column<long>(type: "bigint", nullable: false),
                    source_identifier = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    source_version = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    first_harvested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    harvested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_harvested_records", x => x.object_id);
                    table.ForeignKey(
                        name: "FK_harvested_records_harvest_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "harvest_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_harvested_records_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_harvested_records_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_harvest_runs_organisation_id_started_at",
                table: "harvest_runs",
                columns: new[] { "organisation_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_harvest_runs_source_id_started_at",
                table: "harvest_runs",
                columns: new[] { "source_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_harvest_sources_csv_mapping_id",
                table: "harvest_sources",
                column: "csv_mapping_id");

            migrationBuilder.CreateIndex(
                name: "IX_harvest_sources_enabled_next_run_at",
                table: "harvest_sources",
                columns: new[] { "enabled", "next_run_at" });

            migrationBuilder.CreateIndex(
                name: "IX_harvest_sources_organisation_id_name",
                table: "harvest_sources",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_harvested_records_organisation_id_source_id",
                table: "harvested_records",
                columns: new[] { "organisation_id", "source_id" });

            migrationBuilder.CreateIndex(
                name: "IX_harvested_records_source_id_source_identifier",
                table: "harvested_records",
                columns: new[] { "source_id", "source_identifier" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "harvest_runs");

            migrationBuilder.DropTable(
                name: "harvested_records");

            migrationBuilder.DropTable(
                name: "harvest_sources");
        }
    }
}
