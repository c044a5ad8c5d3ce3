using System.Text;
using Depot.Core.History;
using Depot.Core.Identity;
using Depot.Core.Locations;
using Depot.Core.Organisations;
using Depot.Core.Network;
using Depot.Core.Preservation;
using Depot.Core.Publishing;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Storage.Jobs;
using Depot.Storage.Search;
using Depot.Storage.Sets;
using Depot.Storage.Batch;
using Depot.Storage.Importing;
using Depot.Storage.Importing.Mappings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Database;

/// <summary>
/// One model for both engines. Each engine has its own subclass only so that each has its own
/// migrations set (<see cref="SqliteDepotDbContext"/>, <see cref="PostgresDepotDbContext"/>).
/// </summary>
public abstract class DepotDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public abstract DatabaseEngine Engine { get; }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<CollectionObject> Objects => Set<CollectionObject>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<ConceptScheme> ConceptSchemes => Set<ConceptScheme>();
    public DbSet<Concept> Concepts => Set<Concept>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<RecordVersion> RecordVersions => Set<RecordVersion>();
    public DbSet<ObjectTerm> ObjectTerms => Set<ObjectTerm>();
    public DbSet<BackgroundJob> Jobs => Set<BackgroundJob>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ObjectSet> ObjectSets => Set<ObjectSet>();
    public DbSet<ObjectSetMember> ObjectSetMembers => Set<ObjectSetMember>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<BatchEdit> BatchEdits => Set<BatchEdit>();
    public DbSet<BatchEditItem> BatchEditItems => Set<BatchEditItem>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<ImportProvenance> Provenance => Set<ImportProvenance>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<PublicationEvent> PublicationEvents => Set<PublicationEvent>();
    public DbSet<PublishedRecord> PublishedRecords => Set<PublishedRecord>();
    public DbSet<FeedCursor> FeedCursors => Set<FeedCursor>();
    public DbSet<ObjectImage> ObjectImages => Set<ObjectImage>();
    public DbSet<Portal.PortalObject> PortalObjects => Set<Portal.PortalObject>();
    public DbSet<Portal.PortalTerm> PortalTerms => Set<Portal.PortalTerm>();
    public DbSet<DigitalFile> DigitalFiles => Set<DigitalFile>();
    public DbSet<StoredContent> StoredContents => Set<StoredContent>();
    public DbSet<ContentReplica> ContentReplicas => Set<ContentReplica>();
    public DbSet<PreservationEvent> PreservationEvents => Set<PreservationEvent>();
    public DbSet<FixityAudit> FixityAudits => Set<FixityAudit>();
    public DbSet<UploadSession> UploadSessions => Set<UploadSession>();
    public DbSet<HarvestSource> HarvestSources => Set<HarvestSource>();
    public DbSet<HarvestRun> HarvestRuns => Set<HarvestRun>();
    public DbSet<HarvestedRecord> HarvestedRecords => Set<HarvestedRecord>();

    /// <summary>Shadow columns on objects that exist for sorting and facets only.</summary>
    internal static class ObjectColumns
    {
        public const string SortKey = "ObjectNumberSort";
        public const string Title = "Title";
        public const string DatingEarliest = "DatingEarliest";
        public const string DatingLatest = "DatingLatest";
        public const string Century = "Century";
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var b = modelBuilder;
        b.Entity<Organisation>(e =>
        {
            e.ToTable("organisations");
            e.HasIndex(o => o.Slug).IsUnique();
            e.Property(o => o.Slug).HasMaxLength(64);
            e.Property(o => o.Name).HasMaxLength(300);
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(o => o.Address).HasConversion(new JsonColumnConverter<Address>(), new JsonColumnComparer<Address>());
        });

        b.Entity<User>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.Email).IsUnique();
            e.Property(u => u.Email).HasMaxLength(320);
            e.Property(u => u.PlatformRole).HasConversion<string>().HasMaxLength(32);
            e.HasMany(u => u.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.HasKey(m => new { m.UserId, m.OrganisationId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        });

        b.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.HasIndex(t => t.Hash).IsUnique();
            e.HasIndex(t => t.OrganisationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.Property(t => t.Role).HasConversion<string>().HasMaxLength(32);
            e.Ignore(t => t.IsActive);
        });

        b.Entity<CollectionObject>(e =>
        {
            e.ToTable("objects");
            Versioned(e);
            e.HasIndex(o => new { o.OrganisationId, o.ObjectNumber }).IsUnique();
            e.Property(o => o.ObjectNumber).HasMaxLength(ObjectNumber.MaxLength);
            e.Property<string>(ObjectColumns.SortKey).HasMaxLength(200);
            e.Property<string>(ObjectColumns.Title).HasMaxLength(500);
            e.Property<int?>(ObjectColumns.DatingEarliest);
            e.Property<int?>(ObjectColumns.DatingLatest);
            e.Property<int?>(ObjectColumns.Century);
            e.HasIndex(nameof(CollectionObject.OrganisationId), ObjectColumns.SortKey);
            e.HasIndex(nameof(CollectionObject.OrganisationId), nameof(CollectionObject.UpdatedAt));
            e.HasIndex(nameof(CollectionObject.OrganisationId), ObjectColumns.DatingEarliest);
            e.HasIndex(o => new { o.OrganisationId, o.ObjectNameId });
            e.HasIndex(o => new { o.OrganisationId, o.CurrentLocationId });
            e.Property(o => o.PublicationStatus).HasConversion<string>().HasMaxLength(16);
            // Objects that existed before the procedures are in the collection.
            e.Property(o => o.CollectionStatus).HasConversion<string>().HasMaxLength(16).HasDefaultValue(CollectionStatus.InCollection);
            Json(e.Property(o => o.Titles));
            Json(e.Property(o => o.Makers));
            Json(e.Property(o => o.Dating));
            Json(e.Property(o => o.MaterialIds));
            Json(e.Property(o => o.TechniqueIds));
            Json(e.Property(o => o.Dimensions));
            Json(e.Property(o => o.Acquisition));
            Json(e.Property(o => o.Subjects));
            Json(e.Property(o => o.Inscriptions));
            Json(e.Property(o => o.Rights));
            // Objects from before imports kept source fields have none.
            Json(e.Property(o => o.SourceFields)).HasDefaultValueSql("'[]'");
            e.Ignore(o => o.PreferredTitle);
        });

        b.Entity<Agent>(e =>
        {
            e.ToTable("agents");
            Versioned(e);
            e.HasIndex(a => new { a.OrganisationId, a.Name });
            e.Property(a => a.Name).HasMaxLength(300);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            Json(e.Property(a => a.Birth));
            Json(e.Property(a => a.Death));
            Json(e.Property(a => a.ExternalIds));
        });

        b.Entity<Place>(e =>
        {
            e.ToTable("places");
            Versioned(e);
            e.HasIndex(p => new { p.OrganisationId, p.Name });
            e.Property(p => p.Name).HasMaxLength(300);
            Json(e.Property(p => p.ExternalIds));
        });

        b.Entity<ConceptScheme>(e =>
        {
            e.ToTable("concept_schemes");
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => new { s.OrganisationId, s.Uri });
            e.Property(s => s.Purpose).HasConversion<string>().HasMaxLength(32);
        });

        b.Entity<Concept>(e =>
        {
            e.ToTable("concepts");
            Versioned(e);
            e.HasOne<ConceptScheme>().WithMany().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(c => new { c.OrganisationId, c.PrefLabelNl });
            e.HasIndex(c => new { c.OrganisationId, c.Uri });
            e.Property(c => c.PrefLabelNl).HasMaxLength(300);
            e.Property(c => c.PrefLabelEn).HasMaxLength(300);
            Json(e.Property(c => c.AltLabels));
            Json(e.Property(c => c.ExactMatches));
            // Existing rows get an empty list, not an empty string the JSON converter cannot read.
            Json(e.Property(c => c.CloseMatches)).HasDefaultValueSql("'[]'");
        });

        b.Entity<Location>(e =>
        {
            e.ToTable("locations");
            Versioned(e);
            e.HasIndex(l => new { l.OrganisationId, l.ParentId });
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        });

        b.Entity<RecordVersion>(e =>
        {
            e.ToTable("record_versions");
            e.HasKey(v => v.Sequence);
            e.HasIndex(v => new { v.OrganisationId, v.RecordType, v.RecordId, v.Version }).IsUnique();
            e.HasIndex(v => new { v.OrganisationId, v.Sequence });
            e.Property(v => v.RecordType).HasConversion<string>().HasMaxLength(16);
            e.Property(v => v.Change).HasConversion<string>().HasMaxLength(16);
            Json(e.Property(v => v.ChangedFields));
        });

        b.Entity<ObjectTerm>(e =>
        {
            e.ToTable("object_terms");
            e.HasKey(t => new { t.ObjectId, t.Facet, t.ValueId });
            e.HasIndex(t => new { t.OrganisationId, t.Facet, t.ValueId });
            e.HasOne<CollectionObject>().WithMany().HasForeignKey(t => t.ObjectId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<BackgroundJob>(e =>
        {
            e.ToTable("jobs");
            e.HasIndex(j => new { j.State, j.LeaseUntil });
            e.HasIndex(j => new { j.OrganisationId, j.CreatedAt });
            e.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
            e.Property(j => j.Kind).HasMaxLength(64);
        });

        b.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        // Each feature (procedures, sets, thesauri …) configures its own tables beside its code.
        b.ApplyConfigurationsFromAssembly(typeof(DepotDbContext).Assembly);

        UseSnakeCaseColumns(b);
    }

    private static void Versioned<T>(EntityTypeBuilder<T> e) where T : class, Core.IVersionedRecord
    {
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.UpdatedBy).HasMaxLength(320);
    }

    private static PropertyBuilder<T> Json<T>(PropertyBuilder<T> p) =>
        p.HasConversion(new JsonColumnConverter<T>(), new JsonColumnComparer<T>());

    /// <summary>snake_case names keep raw SQL readable on PostgreSQL without quoting.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder b)
    {
        foreach (var entity in b.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
    }

    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1])) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}

public sealed class SqliteDepotDbContext(DbContextOptions<SqliteDepotDbContext> options) : DepotDbContext(options)
{
    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresDepotDbContext(DbContextOptions<PostgresDepotDbContext> options) : DepotDbContext(options)
{
    public override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
