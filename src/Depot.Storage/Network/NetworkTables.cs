using Depot.Core.Network;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Depot.Storage.Importing.Mappings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Network;

internal sealed class HarvestSourceConfiguration : IEntityTypeConfiguration<HarvestSource>
{
    public void Configure(EntityTypeBuilder<HarvestSource> e)
    {
        e.ToTable("harvest_sources");
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ImportMapping>().WithMany().HasForeignKey(s => s.CsvMappingId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
        // The scheduler looks for enabled sources whose next run is due.
        e.HasIndex(s => new { s.Enabled, s.NextRunAt });
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.Url).HasMaxLength(HarvestSource.UrlMaxLength);
        e.Property(s => s.MetadataFormat).HasMaxLength(32);
        e.Property(s => s.SetSpec).HasMaxLength(200);
        e.Property(s => s.LastOutcome).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.LastError).HasMaxLength(2000);
        e.Property(s => s.LastErrorEn).HasMaxLength(2000);
        e.Property(s => s.LastFailingUrl).HasMaxLength(HarvestSource.UrlMaxLength);
        e.Property(s => s.CreatedBy).HasMaxLength(320);
        e.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class HarvestRunConfiguration : IEntityTypeConfiguration<HarvestRun>
{
    public void Configure(EntityTypeBuilder<HarvestRun> e)
    {
        e.ToTable("harvest_runs");
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<HarvestSource>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => new { r.SourceId, r.StartedAt });
        e.HasIndex(r => new { r.OrganisationId, r.StartedAt });
        e.Property(r => r.StartedBy).HasMaxLength(320);
        e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Error).HasMaxLength(2000);
        e.Property(r => r.ErrorEn).HasMaxLength(2000);
        e.Property(r => r.FailingUrl).HasMaxLength(HarvestSource.UrlMaxLength);
        e.Property(r => r.RefusalSample).HasMaxLength(4000);
    }
}

internal sealed class HarvestedRecordConfiguration : IEntityTypeConfiguration<HarvestedRecord>
{
    public void Configure(EntityTypeBuilder<HarvestedRecord> e)
    {
        e.ToTable("harvested_records");
        e.HasKey(h => h.ObjectId);
        e.HasOne<CollectionObject>().WithOne().HasForeignKey<HarvestedRecord>(h => h.ObjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organisation>().WithMany().HasForeignKey(h => h.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<HarvestSource>().WithMany().HasForeignKey(h => h.SourceId).OnDelete(DeleteBehavior.Cascade);
        // A source's record is found again by its identifier there; one object per source record.
        e.HasIndex(h => new { h.SourceId, h.SourceIdentifier }).IsUnique();
        e.HasIndex(h => new { h.OrganisationId, h.SourceId });
        e.Property(h => h.SourceIdentifier).HasMaxLength(HarvestedRecord.IdentifierMaxLength);
        e.Property(h => h.SourceVersion).HasMaxLength(HarvestedRecord.IdentifierMaxLength);
        e.Property(h => h.ContentHash).HasMaxLength(32);
    }
}
