using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Sets;

/// <summary>A search someone named to come back to: its query string (keywords, filters, sort, view), optionally shared with the organisation.</summary>
public sealed class SavedSearch
{
    public const int QueryMaxLength = 4000;

    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public long? OwnerUserId { get; set; }
    public string OwnerName { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The search page's query string without <c>?</c> and without a page cursor, e.g. <c>q=kaart&amp;sort=Dating&amp;view=grid</c>.</summary>
    public string Query { get; set; } = "";
    public bool Shared { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> e)
    {
        e.ToTable("saved_searches");
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.OrganisationId, s.OwnerUserId });
        e.Property(s => s.Name).HasMaxLength(ObjectSet.NameMaxLength);
        e.Property(s => s.Query).HasMaxLength(SavedSearch.QueryMaxLength);
        e.Property(s => s.OwnerName).HasMaxLength(320);
    }
}
