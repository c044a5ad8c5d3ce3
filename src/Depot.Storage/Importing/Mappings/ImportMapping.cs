using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Importing.Mappings;

/// <summary>A CSV/XLSX column mapping saved under a name, per organisation, to reuse for the next file of the same shape.</summary>
public sealed class ImportMapping
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The <c>CsvMapping</c> as JSON.</summary>
    public string MappingJson { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> e)
    {
        e.ToTable("import_mappings");
        e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(m => new { m.OrganisationId, m.Name }).IsUnique();
        e.Property(m => m.Name).HasMaxLength(200);
        e.Property(m => m.UserName).HasMaxLength(320);
    }
}
