using Depot.Core.Movements;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Movements;

internal sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> e)
    {
        e.ToTable("movements");
        e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CollectionObject>().WithMany().HasForeignKey(m => m.ObjectId).OnDelete(DeleteBehavior.Restrict);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.Property(m => m.UpdatedBy).HasMaxLength(320);
        e.Property(m => m.MovedBy).HasMaxLength(320);
        e.Property(m => m.Note).HasMaxLength(2000);
        e.Property(m => m.Reason).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(m => new { m.OrganisationId, m.ObjectId, m.MovedAt });
        e.HasIndex(m => new { m.OrganisationId, m.MovedAt });
    }
}
