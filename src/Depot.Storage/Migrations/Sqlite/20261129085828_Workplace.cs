using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Depot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Workplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "collection_status",
                table: "objects",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "InCollection");

            migrationBuilder.AddColumn<string>(
                name: "close_matches",
                table: "concepts",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "purpose",
                table: "concept_schemes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "General"); // existing thesauri keep serving every field

            migrationBuilder.CreateTable(
                name: "acquisitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    method_id = table.Column<long>(type: "INTEGER", nullable: true),
                    source_id = table.Column<long>(type: "INTEGER", nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    price = table.Column<string>(type: "TEXT", nullable: true),
                    funding = table.Column<string>(type: "TEXT", nullable: false),
                    title_transfer_reference = table.Column<string>(type: "TEXT", nullable: false),
                    entry_ids = table.Column<string>(type: "TEXT", nullable: false),
                    object_ids = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acquisitions", x => x.id);
                    table.ForeignKey(
                        name: "FK_acquisitions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "batch_edits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    operation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    value_label = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: false),
                    changed = table.Column<long>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<long>(type: "INTEGER", nullable: false),
                    skipped = table.Column<long>(type: "INTEGER", nullable: false),
                    undone = table.Column<long>(type: "INTEGER", nullable: false),
                    undo_skipped = table.Column<long>(type: "INTEGER", nullable: false),
                    job_id = table.Column<long>(type: "INTEGER", nullable: true),
                    undo_job_id = table.Column<long>(type: "INTEGER", nullable: true),
                    undone_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    undone_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_edits", x => x.id);
                    table.ForeignKey(
                        name: "FK_batch_edits_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "condition_checks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    checker_id = table.Column<long>(type: "INTEGER", nullable: true),
                    checker_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    condition_id = table.Column<long>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", nullable: false),
                    object_ids = table.Column<string>(type: "TEXT", nullable: false),
                    updates_objects = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_condition_checks", x => x.id);
                    table.ForeignKey(
                        name: "FK_condition_checks_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventories",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    location_id = table.Column<long>(type: "INTEGER", nullable: true),
                    include_sublocations = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    expected_count = table.Column<int>(type: "INTEGER", nullable: false),
                    found_count = table.Column<int>(type: "INTEGER", nullable: false),
                    missing_count = table.Column<int>(type: "INTEGER", nullable: false),
                    elsewhere_count = table.Column<int>(type: "INTEGER", nullable: false),
                    unexpected_count = table.Column<int>(type: "INTEGER", nullable: false),
                    movements_applied = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventories", x => x.id);
                    table.ForeignKey(
                        name: "FK_inventories_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loans",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    partner_id = table.Column<long>(type: "INTEGER", nullable: true),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    object_ids = table.Column<string>(type: "TEXT", nullable: false),
                    insurance_values = table.Column<string>(type: "TEXT", nullable: false),
                    insurance_total = table.Column<string>(type: "TEXT", nullable: true),
                    conditions = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    return_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loans", x => x.id);
                    table.ForeignKey(
                        name: "FK_loans_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "merges",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    kept_id = table.Column<long>(type: "INTEGER", nullable: false),
                    removed_id = table.Column<long>(type: "INTEGER", nullable: false),
                    removed_label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    kept_label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    removed_version = table.Column<int>(type: "INTEGER", nullable: false),
                    changes = table.Column<string>(type: "TEXT", nullable: false),
                    merged_by_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    merged_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    merged_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    undone_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    undone_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "movements",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    from_location_id = table.Column<long>(type: "INTEGER", nullable: true),
                    to_location_id = table.Column<long>(type: "INTEGER", nullable: false),
                    moved_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    moved_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    inventory_id = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movements", x => x.id);
                    table.ForeignKey(
                        name: "FK_movements_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_movements_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "object_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    depositor_id = table.Column<long>(type: "INTEGER", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entry_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expected_return_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    object_ids = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_object_entries_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "object_exits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    exit_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    authorised_by = table.Column<string>(type: "TEXT", nullable: false),
                    authorisation_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    authorisation_reference = table.Column<string>(type: "TEXT", nullable: false),
                    recipient_id = table.Column<long>(type: "INTEGER", nullable: true),
                    destination = table.Column<string>(type: "TEXT", nullable: false),
                    object_ids = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_exits", x => x.id);
                    table.ForeignKey(
                        name: "FK_object_exits_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "object_sets",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    owner_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    owner_name = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_sets", x => x.id);
                    table.ForeignKey(
                        name: "FK_object_sets_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedure_counters",
                columns: table => new
                {
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_counters", x => new { x.organisation_id, x.prefix, x.year });
                    table.ForeignKey(
                        name: "FK_procedure_counters_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedure_objects",
                columns: table => new
                {
                    record_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    active_loan = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procedure_objects", x => new { x.record_type, x.record_id, x.object_id });
                    table.ForeignKey(
                        name: "FK_procedure_objects_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "saved_searches",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    owner_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    owner_name = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    query = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_searches", x => x.id);
                    table.ForeignKey(
                        name: "FK_saved_searches_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "batch_edit_items",
                columns: table => new
                {
                    batch_edit_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version_before = table.Column<int>(type: "INTEGER", nullable: false),
                    version_after = table.Column<int>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    undo_outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_edit_items", x => new { x.batch_edit_id, x.object_id });
                    table.ForeignKey(
                        name: "FK_batch_edit_items_batch_edits_batch_edit_id",
                        column: x => x.batch_edit_id,
                        principalTable: "batch_edits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_items",
                columns: table => new
                {
                    inventory_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    expected = table.Column<bool>(type: "INTEGER", nullable: false),
                    expected_location_id = table.Column<long>(type: "INTEGER", nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    found_location_id = table.Column<long>(type: "INTEGER", nullable: true),
                    checked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    checked_by = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_items", x => new { x.inventory_id, x.object_id });
                    table.ForeignKey(
                        name: "FK_inventory_items_inventories_inventory_id",
                        column: x => x.inventory_id,
                        principalTable: "inventories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inventory_items_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "object_set_members",
                columns: table => new
                {
                    set_id = table.Column<long>(type: "INTEGER", nullable: false),
                    object_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_object_set_members", x => new { x.set_id, x.object_id });
                    table.ForeignKey(
                        name: "FK_object_set_members_object_sets_set_id",
                        column: x => x.set_id,
                        principalTable: "object_sets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_object_set_members_objects_object_id",
                        column: x => x.object_id,
                        principalTable: "objects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_acquisitions_organisation_id_number",
                table: "acquisitions",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_acquisitions_organisation_id_status",
                table: "acquisitions",
                columns: new[] { "organisation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_batch_edit_items_batch_edit_id_outcome_object_id",
                table: "batch_edit_items",
                columns: new[] { "batch_edit_id", "outcome", "object_id" });

            migrationBuilder.CreateIndex(
                name: "IX_batch_edit_items_batch_edit_id_undo_outcome_object_id",
                table: "batch_edit_items",
                columns: new[] { "batch_edit_id", "undo_outcome", "object_id" });

            migrationBuilder.CreateIndex(
                name: "IX_batch_edits_organisation_id_created_at",
                table: "batch_edits",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_condition_checks_organisation_id_date",
                table: "condition_checks",
                columns: new[] { "organisation_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_condition_checks_organisation_id_number",
                table: "condition_checks",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventories_organisation_id_started_at",
                table: "inventories",
                columns: new[] { "organisation_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_items_object_id",
                table: "inventory_items",
                column: "object_id");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_items_organisation_id_object_id",
                table: "inventory_items",
                columns: new[] { "organisation_id", "object_id" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_organisation_id_number",
                table: "loans",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loans_organisation_id_status_end_date",
                table: "loans",
                columns: new[] { "organisation_id", "status", "end_date" });

            migrationBuilder.CreateIndex(
                name: "IX_merges_organisation_id_record_type_kept_id",
                table: "merges",
                columns: new[] { "organisation_id", "record_type", "kept_id" });

            migrationBuilder.CreateIndex(
                name: "IX_merges_organisation_id_record_type_removed_id",
                table: "merges",
                columns: new[] { "organisation_id", "record_type", "removed_id" });

            migrationBuilder.CreateIndex(
                name: "IX_movements_object_id",
                table: "movements",
                column: "object_id");

            migrationBuilder.CreateIndex(
                name: "IX_movements_organisation_id_moved_at",
                table: "movements",
                columns: new[] { "organisation_id", "moved_at" });

            migrationBuilder.CreateIndex(
                name: "IX_movements_organisation_id_object_id_moved_at",
                table: "movements",
                columns: new[] { "organisation_id", "object_id", "moved_at" });

            migrationBuilder.CreateIndex(
                name: "IX_object_entries_organisation_id_number",
                table: "object_entries",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_object_entries_organisation_id_status",
                table: "object_entries",
                columns: new[] { "organisation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_object_exits_organisation_id_number",
                table: "object_exits",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_object_exits_organisation_id_status",
                table: "object_exits",
                columns: new[] { "organisation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_object_set_members_object_id",
                table: "object_set_members",
                column: "object_id");

            migrationBuilder.CreateIndex(
                name: "IX_object_sets_organisation_id_kind_name",
                table: "object_sets",
                columns: new[] { "organisation_id", "kind", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_object_sets_organisation_id_kind_owner_user_id",
                table: "object_sets",
                columns: new[] { "organisation_id", "kind", "owner_user_id" });

            migrationBuilder.CreateIndex(
                name: "IX_procedure_objects_organisation_id_object_id_active_loan",
                table: "procedure_objects",
                columns: new[] { "organisation_id", "object_id", "active_loan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_saved_searches_organisation_id_owner_user_id",
                table: "saved_searches",
                columns: new[] { "organisation_id", "owner_user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acquisitions");

            migrationBuilder.DropTable(
                name: "batch_edit_items");

            migrationBuilder.DropTable(
                name: "condition_checks");

            migrationBuilder.DropTable(
                name: "inventory_items");

            migrationBuilder.DropTable(
                name: "loans");

            migrationBuilder.DropTable(
                name: "merges");

            migrationBuilder.DropTable(
                name: "movements");

            migrationBuilder.DropTable(
                name: "object_entries");

            migrationBuilder.DropTable(
                name: "object_exits");

            migrationBuilder.DropTable(
                name: "object_set_members");

            migrationBuilder.DropTable(
                name: "procedure_counters");

            migrationBuilder.DropTable(
                name: "procedure_objects");

            migrationBuilder.DropTable(
                name: "saved_searches");

            migrationBuilder.DropTable(
                name: "batch_edits");

            migrationBuilder.DropTable(
                name: "inventories");

            migrationBuilder.DropTable(
                name: "object_sets");

            migrationBuilder.DropColumn(
                name: "collection_status",
                table: "objects");

            migrationBuilder.DropColumn(
                name: "close_matches",
                table: "concepts");

            migrationBuilder.DropColumn(
                name: "purpose",
                table: "concept_schemes");
        }
    }
}
