using Depot.Core.Organisations;
using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Preservation;

internal sealed class DigitalFileConfiguration : IEntityTypeConfiguration<DigitalFile>
{
    public void Configure(EntityTypeBuilder<DigitalFile> e)
    {
        e.ToTable("digital_files");
        e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // Deleting an object unlinks its files; the files themselves stay (only an admin deletes a file).
        e.HasOne<CollectionObject>().WithMany().HasForeignKey(f => f.ObjectId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<StoredContent>().WithMany().HasForeignKey(f => f.Sha256).OnDelete(DeleteBehavior.Restrict);
        // Duplicates within an organisation are found by hash; an object's files listed in order.
        e.HasIndex(f => new { f.OrganisationId, f.Sha256 });
        e.HasIndex(f => new { f.OrganisationId, f.ObjectId });
        e.HasIndex(f => new { f.OrganisationId, f.IngestedAt });
        e.HasIndex(f => f.PurgeAfter);
        e.Property(f => f.FileName).HasMaxLength(260);
        e.Property(f => f.OriginalPath).HasMaxLength(1000);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.Md5).HasMaxLength(32);
        e.Property(f => f.MediaType).HasMaxLength(200);
        e.Property(f => f.FormatPuid).HasMaxLength(32);
        e.Property(f => f.FormatName).HasMaxLength(300);
        e.Property(f => f.FormatVersion).HasMaxLength(100);
        e.Property(f => f.IdentificationBasis).HasMaxLength(300);
        e.Property(f => f.ColourSpace).HasMaxLength(64);
        e.Property(f => f.Derivatives).HasConversion<string>().HasMaxLength(16);
        e.Property(f => f.DerivativeError).HasMaxLength(1000);
        e.Property(f => f.Caption).HasMaxLength(1000);
        e.Property(f => f.IngestedBy).HasMaxLength(320);
        e.Property(f => f.DeletedBy).HasMaxLength(320);
        e.Property(f => f.DeletionReason).HasMaxLength(1000);
        e.Ignore(f => f.IsDeleted);
    }
}

internal sealed class StoredContentConfiguration : IEntityTypeConfiguration<StoredContent>
{
    public void Configure(EntityTypeBuilder<StoredContent> e)
    {
        e.ToTable("stored_contents");
        e.HasKey(c => c.Sha256);
        e.Property(c => c.Sha256).HasMaxLength(64);
        e.Property(c => c.Md5).HasMaxLength(32);
    }
}

internal sealed class ContentReplicaConfiguration : IEntityTypeConfiguration<ContentReplica>
{
    public void Configure(EntityTypeBuilder<ContentReplica> e)
    {
        e.ToTable("content_replicas");
        e.HasOne<StoredContent>().WithMany().HasForeignKey(r => r.Sha256).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => new { r.Sha256, r.Store }).IsUnique();
        // The audit walks the copies least recently checked first.
        e.HasIndex(r => new { r.Store, r.LastCheckedAt });
        e.Property(r => r.Sha256).HasMaxLength(64);
        e.Property(r => r.Store).HasMaxLength(64);
        e.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.LastMessage).HasMaxLength(1000);
    }
}

internal sealed class PreservationEventConfiguration : IEntityTypeConfiguration<PreservationEvent>
{
    public void Configure(EntityTypeBuilder<PreservationEvent> e)
    {
        e.ToTable("preservation_events");
        e.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<DigitalFile>().WithMany().HasForeignKey(v => v.FileId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(v => v.EventId).IsUnique();
        e.HasIndex(v => new { v.OrganisationId, v.FileId, v.At });
        e.HasIndex(v => new { v.OrganisationId, v.Type, v.At });
        e.HasIndex(v => v.AuditId);
        e.Property(v => v.Type).HasConversion<string>().HasMaxLength(32);
        e.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(v => v.Detail).HasMaxLength(2000);
        e.Property(v => v.Agent).HasMaxLength(320);
        e.Property(v => v.Store).HasMaxLength(64);
    }
}

internal sealed class FixityAuditConfiguration : IEntityTypeConfiguration<FixityAudit>
{
    public void Configure(EntityTypeBuilder<FixityAudit> e)
    {
        e.ToTable("fixity_audits");
        e.HasIndex(a => new { a.OrganisationId, a.StartedAt });
        e.HasIndex(a => a.StartedAt);
        e.Property(a => a.Message).HasMaxLength(2000);
    }
}

internal sealed class UploadSessionConfiguration : IEntityTypeConfiguration<UploadSession>
{
    public void Configure(EntityTypeBuilder<UploadSession> e)
    {
        e.ToTable("upload_sessions");
        e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(u => new { u.OrganisationId, u.CreatedAt });
        e.HasIndex(u => new { u.State, u.ExpiresAt });
        e.Property(u => u.FileName).HasMaxLength(260);
        e.Property(u => u.ExpectedSha256).HasMaxLength(64);
        e.Property(u => u.ExpectedMd5).HasMaxLength(32);
        e.Property(u => u.State).HasConversion<string>().HasMaxLength(16);
        e.Property(u => u.Error).HasMaxLength(1000);
        e.Property(u => u.CreatedBy).HasMaxLength(320);
    }
}
