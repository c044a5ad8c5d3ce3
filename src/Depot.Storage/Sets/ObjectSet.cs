using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Sets;

/// <summary>
/// A named group of an organisation's objects. A werkset is shared by the team; a selection is one
/// person's working pick from search results, kept server-side so that selecting 100,000 results
/// never sends 100,000 ids through a form.
/// </summary>
public sealed class ObjectSet
{
    public const int NameMaxLength = 200;

    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public ObjectSetKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public long? OwnerUserId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A werkset the organisation publishes as a collection set: an OAI-PMH set and a portal grouping (public members only).</summary>
    public bool IsPublished { get; set; }
}

public enum ObjectSetKind
{
    Werkset,
    Selection,
}

/// <summary>One object in a set.</summary>
public sealed class ObjectSetMember
{
    public long SetId { get; set; }
    public long ObjectId { get; set; }
    public long OrganisationId { get; set; }
}

internal sealed class ObjectSetConfiguration : IEntityTypeConfiguration<ObjectSet>
{
    public void Configure(EntityTypeBuilder<ObjectSet> e)
    {
        e.ToTable("object_sets");
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.OrganisationId, s.Kind, s.Name });
        e.HasIndex(s => new { s.OrganisationId, s.Kind, s.OwnerUserId });
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.Name).HasMaxLength(ObjectSet.NameMaxLength);
        e.Property(s => s.Description).HasMaxLength(2000);
        e.Property(s => s.OwnerName).HasMaxLength(320);
    }
}

internal sealed class ObjectSetMemberConfiguration : IEntityTypeConfiguration<ObjectSetMember>
{
    public void Configure(EntityTypeBuilder<ObjectSetMember> e)
    {
        e.ToTable("object_set_members");
        e.HasKey(m => new { m.SetId, m.ObjectId });
        e.HasIndex(m => m.ObjectId);
        e.HasOne<ObjectSet>().WithMany().HasForeignKey(m => m.SetId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CollectionObject>().WithMany().HasForeignKey(m => m.ObjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
