using Depot.Core;
using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Merges;

/// <summary>
/// One merge of two duplicate authority records (agents, concepts or places): who did it, when,
/// which record was kept and which removed, and every record that changed with its versions
/// before and after, so the merge can be undone.
/// </summary>
public sealed class MergeRecord
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public RecordType RecordType { get; set; }
    public long KeptId { get; set; }
    public long RemovedId { get; set; }

    /// <summary>Label of the removed record at the time of the merge, to show after it is gone.</summary>
    public string RemovedLabel { get; set; } = "";
    public string KeptLabel { get; set; } = "";

    /// <summary>The removed record's version after its soft delete.</summary>
    public int RemovedVersion { get; set; }
    public List<MergeChange> Changes { get; set; } = [];
    public long? MergedByUserId { get; set; }
    public string MergedBy { get; set; } = "";
    public DateTimeOffset MergedAt { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }
    public string UndoneBy { get; set; } = "";

    public bool IsUndone => UndoneAt is not null;
}

/// <summary>A record whose references were moved: its version before and after the merge.</summary>
public sealed record MergeChange(RecordType RecordType, long RecordId, int VersionBefore, int VersionAfter);

internal sealed class MergeRecordConfiguration : IEntityTypeConfiguration<MergeRecord>
{
    public void Configure(EntityTypeBuilder<MergeRecord> e)
    {
        e.ToTable("merges");
        e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.OrganisationId, m.RecordType, m.KeptId });
        e.HasIndex(m => new { m.OrganisationId, m.RecordType, m.RemovedId });
        e.Property(m => m.RecordType).HasConversion<string>().HasMaxLength(16);
        e.Property(m => m.RemovedLabel).HasMaxLength(300);
        e.Property(m => m.KeptLabel).HasMaxLength(300);
        e.Property(m => m.MergedBy).HasMaxLength(320);
        e.Property(m => m.UndoneBy).HasMaxLength(320);
        e.Property(m => m.Changes).HasConversion(
            v => Database.DepotJson.Serialize(v), s => Database.DepotJson.Deserialize<List<MergeChange>>(s),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<MergeChange>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        e.Ignore(m => m.IsUndone);
    }
}
