using Depot.Core.Organisations;
using Depot.Core.Procedures;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Procedures;

/// <summary>What every procedure table shares: the organisation, the version token, a number unique in the organisation.</summary>
internal static class ProcedureTable
{
    public static void Configure<T>(EntityTypeBuilder<T> e, string table) where T : class, IProcedure
    {
        e.ToTable(table);
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.Property(r => r.Version).IsConcurrencyToken();
        e.Property(r => r.UpdatedBy).HasMaxLength(320);
        e.Property(r => r.Number).HasMaxLength(64);
        e.HasIndex(r => new { r.OrganisationId, r.Number }).IsUnique();
        Json(e.Property(r => r.ObjectIds));
        e.Ignore(r => r.ProcedureDate);
    }

    public static void Json<TProperty>(PropertyBuilder<TProperty> p) =>
        p.HasConversion(new JsonColumnConverter<TProperty>(), new JsonColumnComparer<TProperty>());
}

internal sealed class ObjectEntryConfiguration : IEntityTypeConfiguration<ObjectEntry>
{
    public void Configure(EntityTypeBuilder<ObjectEntry> e)
    {
        ProcedureTable.Configure(e, "object_entries");
        e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(x => new { x.OrganisationId, x.Status });
        e.Ignore(x => x.NewObjectNumbers);
    }
}

internal sealed class ObjectAcquisitionConfiguration : IEntityTypeConfiguration<ObjectAcquisition>
{
    public void Configure(EntityTypeBuilder<ObjectAcquisition> e)
    {
        ProcedureTable.Configure(e, "acquisitions");
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        ProcedureTable.Json(e.Property(x => x.EntryIds));
        ProcedureTable.Json(e.Property(x => x.Price));
        e.HasIndex(x => new { x.OrganisationId, x.Status });
    }
}

internal sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> e)
    {
        ProcedureTable.Configure(e, "loans");
        e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(8);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        ProcedureTable.Json(e.Property(x => x.InsuranceValues));
        ProcedureTable.Json(e.Property(x => x.InsuranceTotal));
        e.Ignore(x => x.InsuredValue);
        e.HasIndex(x => new { x.OrganisationId, x.Status, x.EndDate });
    }
}

internal sealed class ConditionCheckConfiguration : IEntityTypeConfiguration<ConditionCheck>
{
    public void Configure(EntityTypeBuilder<ConditionCheck> e)
    {
        ProcedureTable.Configure(e, "condition_checks");
        e.Property(x => x.CheckerName).HasMaxLength(300);
        e.HasIndex(x => new { x.OrganisationId, x.Date });
    }
}

internal sealed class ObjectExitConfiguration : IEntityTypeConfiguration<ObjectExit>
{
    public void Configure(EntityTypeBuilder<ObjectExit> e)
    {
        ProcedureTable.Configure(e, "object_exits");
        e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(x => new { x.OrganisationId, x.Status });
    }
}
