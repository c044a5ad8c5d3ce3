using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Importing;

/// <summary>
/// One import of one file into one organisation, and its checkpoint: the position of the last
/// record whose batch committed, with the counts so far. The file is known by its identity
/// (name, size and a hash of its first and last megabyte), so running the same command again
/// after a crash resumes after <see cref="Position"/>.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string FileName { get; set; } = "";
    public string FileIdentity { get; set; } = "";
    public string Format { get; set; } = "";

    /// <summary>1-based position of the last record in a committed batch; 0 before the first.</summary>
    public long Position { get; set; }
    public long Created { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Refused { get; set; }
    public long Warnings { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when the last batch committed; a finished run is not resumed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> e)
    {
        e.ToTable("import_runs");
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => new { r.OrganisationId, r.FileIdentity });
        e.Property(r => r.FileName).HasMaxLength(400);
        e.Property(r => r.FileIdentity).HasMaxLength(200);
        e.Property(r => r.Format).HasMaxLength(16);
        e.Property(r => r.StartedBy).HasMaxLength(320);
    }
}
