using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Images;

internal sealed class ObjectImageConfiguration : IEntityTypeConfiguration<ObjectImage>
{
    public void Configure(EntityTypeBuilder<ObjectImage> e)
    {
        e.ToTable("object_images");
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CollectionObject>().WithMany().HasForeignKey(i => i.ObjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(i => new { i.ObjectId, i.Position });
        e.HasIndex(i => new { i.OrganisationId, i.Sha256 });
        e.HasIndex(i => i.FileId);
        e.Property(i => i.FileName).HasMaxLength(260);
        e.Property(i => i.MediaType).HasMaxLength(100);
        e.Property(i => i.Sha256).HasMaxLength(64);
        e.Property(i => i.StoragePath).HasMaxLength(500);
        e.Property(i => i.Caption).HasMaxLength(1000);
        e.Property(i => i.CreatedBy).HasMaxLength(320);
    }
}
