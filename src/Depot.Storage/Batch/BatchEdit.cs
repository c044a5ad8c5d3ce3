using Depot.Core.Organisations;
using Depot.Core.Registration.Batch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Batch;

/// <summary>
/// One batch edit: who changed which field how, on how many objects, and what came of it. The
/// objects it covers are frozen in <see cref="BatchEditItem"/> rows when it is started, each with
/// the version it had then; the job works through those rows, so it can stop and resume anywhere.
/// </summary>
public sealed class BatchEdit
{
    /// <summary>At most this many objects in one batch.</summary>
    public const int MaxObjects = 100_000;

    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public BatchField Field { get; set; }
    public BatchOperation Operation { get; set; }
    public string Value { get; set; } = "";

    /// <summary>The value as people read it (a term's label), for the list of batch edits.</summary>
    public string ValueLabel { get; set; } = "";

    /// <summary>Where the objects came from ("selectie", the name of a werkset).</summary>
    public string Source { get; set; } = "";
    public long? UserId { get; set; }
    public string UserName { get; set; } = "";
    public BatchEditState State { get; set; }
    public long Total { get; set; }
    public long Changed { get; set; }
    public long Unchanged { get; set; }

    /// <summary>Objects changed by someone else after the batch was started, or deleted since: left alone and reported.</summary>
    public long Skipped { get; set; }
    public long Undone { get; set; }
    public long UndoSkipped { get; set; }
    public long? JobId { get; set; }
    public long? UndoJobId { get; set; }
    public string? UndoneBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }

    public BatchChange Change => new(Field, Operation, Value);

    public long Done => Changed + Unchanged + Skipped;
}

public enum BatchEditState
{
    Queued,
    Running,
    Done,
    Failed,
    Undoing,
    Undone,
}

public enum BatchItemOutcome
{
    Pending,
    Changed,
    Unchanged,
    Skipped,
}

public enum BatchUndoOutcome
{
    None,
    Pending,
    Undone,
    Skipped,
}

/// <summary>One object of a batch edit: its version when the batch started and after, its previous value, and the outcome.</summary>
public sealed class BatchEditItem
{
    public long BatchEditId { get; set; }
    public long ObjectId { get; set; }
    public int VersionBefore { get; set; }
    public int? VersionAfter { get; set; }
    public BatchItemOutcome Outcome { get; set; }
    public BatchUndoOutcome UndoOutcome { get; set; }

    /// <summary>The field's value before the change (see <see cref="BatchChange.Capture"/>), for undo.</summary>
    public string Before { get; set; } = "";
}

internal sealed class BatchEditConfiguration : IEntityTypeConfiguration<BatchEdit>
{
    public void Configure(EntityTypeBuilder<BatchEdit> e)
    {
        e.ToTable("batch_edits");
        e.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(b => new { b.OrganisationId, b.CreatedAt });
        e.Property(b => b.Field).HasConversion<string>().HasMaxLength(32);
        e.Property(b => b.Operation).HasConversion<string>().HasMaxLength(16);
        e.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        e.Property(b => b.Value).HasMaxLength(500);
        e.Property(b => b.ValueLabel).HasMaxLength(500);
        e.Property(b => b.Source).HasMaxLength(300);
        e.Property(b => b.UserName).HasMaxLength(320);
        e.Property(b => b.UndoneBy).HasMaxLength(320);
        e.Ignore(b => b.Change);
        e.Ignore(b => b.Done);
    }
}

internal sealed class BatchEditItemConfiguration : IEntityTypeConfiguration<BatchEditItem>
{
    public void Configure(EntityTypeBuilder<BatchEditItem> e)
    {
        e.ToTable("batch_edit_items");
        e.HasKey(i => new { i.BatchEditId, i.ObjectId });
        e.HasIndex(i => new { i.BatchEditId, i.Outcome, i.ObjectId });
        e.HasIndex(i => new { i.BatchEditId, i.UndoOutcome, i.ObjectId });
        e.HasOne<BatchEdit>().WithMany().HasForeignKey(i => i.BatchEditId).OnDelete(DeleteBehavior.Cascade);
        e.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(i => i.UndoOutcome).HasConversion<string>().HasMaxLength(16);
    }
}
