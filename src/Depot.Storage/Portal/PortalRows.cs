using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Portal;

/// <summary>
/// One currently public object as the public portal searches it: sort keys only, derived from the
/// object's public shape (never from the registration), so no internal field can be searched,
/// sorted on or counted. Display always reads the snapshot itself.
/// </summary>
public sealed class PortalObject
{
    public long ObjectId { get; set; }
    public long OrganisationId { get; set; }
    public string OrganisationSlug { get; set; } = "";
    public string TitleSort { get; set; } = "";
    public int? Earliest { get; set; }
    public int? Latest { get; set; }
    public bool HasImage { get; set; }

    /// <summary>The publication event this row was made from: the newest sort and the sitemap's order.</summary>
    public long EventSequence { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One facet value of a public object (a maker, a material, the century, the licence) with its labels.</summary>
public sealed class PortalTerm
{
    public long ObjectId { get; set; }
    public long OrganisationId { get; set; }
    public string Facet { get; set; } = "";
    public string ValueKey { get; set; } = "";
    public string LabelNl { get; set; } = "";
    public string LabelEn { get; set; } = "";
}

internal sealed class PortalObjectConfiguration : IEntityTypeConfiguration<PortalObject>
{
    public void Configure(EntityTypeBuilder<PortalObject> e)
    {
        e.ToTable("portal_objects");
        e.HasKey(o => o.ObjectId);
        e.Property(o => o.ObjectId).ValueGeneratedNever();
        e.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.Property(o => o.OrganisationSlug).HasMaxLength(100);
        e.Property(o => o.TitleSort).HasMaxLength(200);
        e.HasIndex(o => new { o.OrganisationSlug, o.TitleSort });
        e.HasIndex(o => o.TitleSort);
        e.HasIndex(o => o.EventSequence);
    }
}

internal sealed class PortalTermConfiguration : IEntityTypeConfiguration<PortalTerm>
{
    public void Configure(EntityTypeBuilder<PortalTerm> e)
    {
        e.ToTable("portal_terms");
        e.HasKey(t => new { t.ObjectId, t.Facet, t.ValueKey });
        e.HasOne<PortalObject>().WithMany().HasForeignKey(t => t.ObjectId).OnDelete(DeleteBehavior.Cascade);
        // Filters and counts go from (facet, value) to objects.
        e.HasIndex(t => new { t.Facet, t.ValueKey, t.ObjectId });
        e.Property(t => t.Facet).HasMaxLength(32);
        e.Property(t => t.ValueKey).HasMaxLength(500);
        e.Property(t => t.LabelNl).HasMaxLength(500);
        e.Property(t => t.LabelEn).HasMaxLength(500);
    }
}
