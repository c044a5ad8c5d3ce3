using Depot.Core;
using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Procedures;

/// <summary>
/// Which procedure concerns which object, derived from the procedure in the same transaction as
/// its save (like <c>object_terms</c>): the object page and the counts read it. While a loan is
/// active its rows carry <see cref="ActiveLoan"/> = 1, and a unique index on (object, that
/// column) makes "one active loan per object" hold even when two people save at once; other rows
/// have null there, which never collides.
/// </summary>
public sealed class ProcedureObject
{
    public long OrganisationId { get; set; }
    public RecordType RecordType { get; set; }
    public long RecordId { get; set; }
    public long ObjectId { get; set; }
    public int? ActiveLoan { get; set; }
}

internal sealed class ProcedureObjectConfiguration : IEntityTypeConfiguration<ProcedureObject>
{
    public void Configure(EntityTypeBuilder<ProcedureObject> e)
    {
        e.ToTable("procedure_objects");
        e.HasKey(x => new { x.RecordType, x.RecordId, x.ObjectId });
        e.Property(x => x.RecordType).HasConversion<string>().HasMaxLength(16);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.ObjectId, x.ActiveLoan }).IsUnique();
    }
}

/// <summary>The last number handed out per organisation, prefix and year.</summary>
public sealed class ProcedureCounter
{
    public long OrganisationId { get; set; }
    public string Prefix { get; set; } = "";
    public int Year { get; set; }
    public int LastValue { get; set; }
}

internal sealed class ProcedureCounterConfiguration : IEntityTypeConfiguration<ProcedureCounter>
{
    public void Configure(EntityTypeBuilder<ProcedureCounter> e)
    {
        e.ToTable("procedure_counters");
        e.HasKey(x => new { x.OrganisationId, x.Prefix, x.Year });
        e.Property(x => x.Prefix).HasMaxLength(8);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
