using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Depot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ThesaurusPurpose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "purpose",
                table: "concept_schemes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "General"); // existing thesauri keep serving every field
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "purpose",
                table: "concept_schemes");
        }
    }
}
