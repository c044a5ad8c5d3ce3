using Depot.Core.Inventories;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Inventories;

internal sealed class InventoryConfiguration : IEntityTypeConfiguration<Inventory>
{
    public void Configure(EntityTypeBuilder<Inventory> e)
    {
        e.ToTable("inventories");
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.Property(i => i.Version).IsConcurrencyToken();
        e.Property(i => i.UpdatedBy).HasMaxLength(320);
        e.Property(i => i.ClosedBy).HasMaxLength(320);
        e.Property(i => i.Name).HasMaxLength(300);
        e.Property(i => i.Note).HasMaxLength(2000);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        e.Ignore(i => i.IsOpen);
        e.HasIndex(i => new { i.OrganisationId, i.StartedAt });
    }
}

internal sealed class InventoryItemConfiguration : IEntityTypeConfiguration<InventoryItem>
{
    public void Configure(EntityTypeBuilder<InventoryItem> e)
    {
        e.ToTable("inventory_items");
        e.HasKey(i => new { i.InventoryId, i.ObjectId });
        e.HasOne<Inventory>().WithMany().HasForeignKey(i => i.InventoryId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CollectionObject>().WithMany().HasForeignKey(i => i.ObjectId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(i => new { i.OrganisationId, i.ObjectId });
        e.Property(i => i.Result).HasConversion<string>().HasMaxLength(16);
        e.Property(i => i.CheckedBy).HasMaxLength(320);
        e.Ignore(i => i.IsDiscrepancy);
    }
}
