using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Importing;

/// <summary>
/// Where an imported object came from: the record's key in its source ("lido:BE-KMSKA-1234",
/// or its object number when the source has no id) and a hash of the record as last imported.
/// A second import of the same record compares hashes and writes nothing when they match.
/// </summary>
public sealed class ImportProvenance
{
    public const int SourceKeyMaxLength = 400;

    public long OrganisationId { get; set; }
    public string SourceKey { get; set; } = "";
    public long ObjectId { get; set; }

    /// <summary>Hex SHA-256 (first 16 bytes) of the mapped source record.</summary>
    public string ContentHash { get; set; } = "";
}

internal sealed class ImportProvenanceConfiguration : IEntityTypeConfiguration<ImportProvenance>
{
    public void Configure(EntityTypeBuilder<ImportProvenance> e)
    {
        e.ToTable("import_provenance");
        e.HasKey(p => new { p.OrganisationId, p.SourceKey });
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CollectionObject>().WithMany().HasForeignKey(p => p.ObjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => p.ObjectId);
        e.Property(p => p.SourceKey).HasMaxLength(ImportProvenance.SourceKeyMaxLength);
        e.Property(p => p.ContentHash).HasMaxLength(32);
    }
}
