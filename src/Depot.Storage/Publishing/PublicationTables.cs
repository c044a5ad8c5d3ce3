using Depot.Core.Organisations;
using Depot.Core.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Publishing;

internal sealed class PublicationEventConfiguration : IEntityTypeConfiguration<PublicationEvent>
{
    public void Configure(EntityTypeBuilder<PublicationEvent> e)
    {
        e.ToTable("publication_events");
        e.HasKey(v => v.Sequence);
        e.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // LDES per organisation and for the sector walk these in order; the time index serves time fragments.
        e.HasIndex(v => new { v.OrganisationId, v.Sequence });
        e.HasIndex(v => v.At);
        e.HasIndex(v => new { v.RecordType, v.RecordId, v.Sequence });
        e.Property(v => v.RecordType).HasConversion<string>().HasMaxLength(16);
        e.Property(v => v.Change).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class PublishedRecordConfiguration : IEntityTypeConfiguration<PublishedRecord>
{
    public void Configure(EntityTypeBuilder<PublishedRecord> e)
    {
        e.ToTable("published_records");
        e.HasKey(r => new { r.RecordType, r.RecordId });
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // OAI-PMH lists by datestamp, per organisation or for all; the portal lists what is public.
        e.HasIndex(r => new { r.OrganisationId, r.Datestamp, r.RecordId });
        e.HasIndex(r => new { r.Datestamp, r.RecordId });
        e.Property(r => r.RecordType).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.SnapshotHash).HasMaxLength(64);
    }
}

internal sealed class FeedCursorConfiguration : IEntityTypeConfiguration<FeedCursor>
{
    public void Configure(EntityTypeBuilder<FeedCursor> e)
    {
        e.ToTable("feed_cursors");
        e.HasKey(c => c.Name);
        e.Property(c => c.Name).HasMaxLength(64);
    }
}
