using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Depot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    progress = table.Column<long>(type: "INTEGER", nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "record_versions",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    changed_by = table.Column<string>(type: "TEXT", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    changed_fields = table.Column<string>(type: "TEXT", nullable: false),
                    snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_versions", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: false),
                    platform_role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    failed_sign_ins = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    preferred_language = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    birth = table.Column<string>(type: "TEXT", nullable: true),
                    death = table.Column<string>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    external_ids = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agents", x => x.id);
                    table.ForeignKey(
                        name: "FK_agents_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", nullable: false),
                    hint = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_by_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "FK_api_tokens_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concept_schemes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    uri = table.Column<string>(type: "TEXT", nullable: false),
                    title_nl = table.Column<string>(type: "TEXT", nullable: false),
                    title_en = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concept_schemes", x => x.id);
                    table.ForeignKey(
                        name: "FK_concept_schemes_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_locations", x => x.id);
                    table.ForeignKey(
                        name: "FK_locations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "objects",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    object_name_id = table.Column<long>(type: "INTEGER", nullable: true),
                    titles = table.Column<string>(type: "TEXT", nullable: false),
                    short_description = table.Column<string>(type: "TEXT", nullable: false),
                    number_of_parts = table.Column<int>(type: "INTEGER", nullable: true),
                    makers = table.Column<string>(type: "TEXT", nullable: false),
                    dating = table.Column<string>(type: "TEXT", nullable: true),
                    material_ids = table.Column<string>(type: "TEXT", nullable: false),
                    technique_ids = table.Column<string>(type: "TEXT", nullable: false),
                    dimensions = table.Column<string>(type: "TEXT", nullable: false),
                    condition_id = table.Column<long>(type: "INTEGER", nullable: true),
                    condition_note = table.Column<string>(type: "TEXT", nullable: false),
                    acquisition = table.Column<string>(type: "TEXT", nullable: true),
                    current_location_id = table.Column<long>(type: "INTEGER", nullable: true),
                    permanent_location_id = table.Column<long>(type: "INTEGER", nullable: true),
                    subjects = table.Column<string>(type: "TEXT", nullable: false),
                    inscriptions = table.Column<string>(type: "TEXT", nullable: false),
                    rights = table.Column<string>(type: "TEXT", nullable: false),
                    publication_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    has_image = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    century = table.Column<int>(type: "INTEGER", nullable: true),
                    dating_earliest = table.Column<int>(type: "INTEGER", nullable: true),
                    dating_latest = table.Column<int>(type: "INTEGER", nullable: true),
                    object_number_sort = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objects", x => x.id);
                    table.ForeignKey(
                        name: "FK_objects_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "places",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    broader_id = table.Column<long>(type: "INTEGER", nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    external_ids = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_places", x => x.id);
                    table.ForeignKey(
                        name: "FK_places_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => new { x.user_id, x.organisation_id });
                    table.ForeignKey(
                        name: "FK_memberships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_memberships_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concepts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    scheme_id = table.Column<long>(type: "INTEGER", nullable: false),
                    uri = table.Column<string>(type: "TEXT", nullable: false),
                    pref_label_nl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    pref_label_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    alt_labels = table.Column<string>(type: "TEXT", nullable: false),
                    scope_note = table.Column<string>(type: "TEXT", nullable: false),
                    broader_id = table.Column<long>(type: "INTEGER", nullable: true),
                    exact_matches = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concepts", x => x.id);
                    table.ForeignKey(
                        name: "FK_concepts_concept_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalTable: "concept_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_concepts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "object_terms",
                columns: table => new
                {
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    facet = table.Column<int>(type: "INTEGER", nullable: false),
                    value_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_terms", x => new { x.object_id, x.facet, x.value_id });
                    table.ForeignKey(
                        name: "FK_object_terms_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agents_organisation_id_name",
                table: "agents",
                columns: new[] { "organisation_id", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_hash",
                table: "api_tokens",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_organisation_id",
                table: "api_tokens",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_concept_schemes_organisation_id_uri",
                table: "concept_schemes",
                columns: new[] { "organisation_id", "uri" });

            migrationBuilder.CreateIndex(
                name: "IX_concepts_organisation_id_pref_label_nl",
                table: "concepts",
                columns: new[] { "organisation_id", "pref_label_nl" });

            migrationBuilder.CreateIndex(
                name: "IX_concepts_organisation_id_uri",
                table: "concepts",
                columns: new[] { "organisation_id", "uri" });

            migrationBuilder.CreateIndex(
                name: "IX_concepts_scheme_id",
                table: "concepts",
                column: "scheme_id");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_organisation_id_created_at",
                table: "jobs",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_state_lease_until",
                table: "jobs",
                columns: new[] { "state", "lease_until" });

            migrationBuilder.CreateIndex(
                name: "IX_locations_organisation_id_parent_id",
                table: "locations",
                columns: new[] { "organisation_id", "parent_id" });

            migrationBuilder.CreateIndex(
                name: "IX_memberships_organisation_id",
                table: "memberships",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_object_terms_organisation_id_facet_value_id",
                table: "object_terms",
                columns: new[] { "organisation_id", "facet", "value_id" });

            migrationBuilder.CreateIndex(
                name: "IX_objects_organisation_id_current_location_id",
                table: "objects",
                columns: new[] { "organisation_id", "current_location_id" });

            migrationBuilder.CreateIndex(
                name: "IX_objects_organisation_id_dating_earliest",
                table: "objects",
                columns: new[] { "organisation_id", "dating_earliest" });

            migrationBuilder.CreateIndex(
                name: "IX_objects_organisation_id_object_name_id",
                table: "objects",
                columns: new[] { "organisation_id", "object_name_id" });

            migrationBuilder.CreateIndex(
                name: "IX_objects_organisation_id_object_number",
                table: "objects",
                columns: new[] { "organisation_id", "object_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_objects_organisation_id_object_number_sort",
                table: "objects",
                columns: new[] { "organisation_id", "object_number_sort" });

            migrationBuilder.CreateIndex(
                name: "IX_objects_organisation_id_updated_at",
                table: "objects",
                columns: new[] { "organisation_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_slug",
                table: "organisations",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_places_organisation_id_name",
                table: "places",
                columns: new[] { "organisation_id", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_record_versions_organisation_id_record_type_record_id_version",
                table: "record_versions",
                columns: new[] { "organisation_id", "record_type", "record_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_versions_organisation_id_sequence",
                table: "record_versions",
                columns: new[] { "organisation_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_users_email",
                table: "users",
                column: "email",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agents");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "concepts");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "locations");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "object_terms");

            migrationBuilder.DropTable(
                name: "places");

            migrationBuilder.DropTable(
                name: "record_versions");

            migrationBuilder.DropTable(
                name: "concept_schemes");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "objects");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
