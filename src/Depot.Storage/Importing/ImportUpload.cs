using Depot.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Depot.Storage.Importing;

/// <summary>
/// One file brought in through the web UI or the API: where it lies in the data directory, its
/// format, who uploaded it, and how far it got (checked by a dry run, then imported). Each run is a
/// background job; the counts of the latest run are kept here for the list of imports.
/// </summary>
public sealed class ImportUpload
{
    public long Id { get; set; }
    public long OrganisationId { get; set; }

    /// <summary>The file's name as uploaded, sanitised (no folders), for screens and messages.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Where the file lies, relative to the imports directory.</summary>
    public string StoredPath { get; set; } = "";

    /// <summary>The <c>SourceFormat</c> name (Lido, Adlib, Csv, Xlsx).</summary>
    public string Format { get; set; } = "";
    public long SizeBytes { get; set; }
    public long? UserId { get; set; }
    public string UserName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public ImportStage Stage { get; set; }

    /// <summary>The CSV/XLSX column mapping as JSON; empty for LIDO and Adlib.</summary>
    public string MappingJson { get; set; } = "";
    public long? CheckJobId { get; set; }
    public long? ImportJobId { get; set; }

    /// <summary>The <c>ImportSummary</c> of the finished dry run and of the finished import, as JSON; empty until then.</summary>
    public string CheckSummaryJson { get; set; } = "";
    public string ImportSummaryJson { get; set; } = "";

    /// <summary>Counts of the latest (or running) run.</summary>
    public long Records { get; set; }
    public long Created { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Refused { get; set; }

    /// <summary>Why the file could not be read, in Dutch and English.</summary>
    public string ErrorNl { get; set; } = "";
    public string ErrorEn { get; set; } = "";
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The job of the run now under way or last run.</summary>
    public long? CurrentJobId => ImportJobId ?? CheckJobId;
}

public enum ImportStage
{
    /// <summary>Uploaded; CSV and XLSX wait for their mapping here.</summary>
    Uploaded,
    Checking,
    Checked,
    Importing,
    Imported,
    Failed,
    Cancelled,
}

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> e)
    {
        e.ToTable("import_uploads");
        e.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(u => new { u.OrganisationId, u.Id });
        e.Property(u => u.FileName).HasMaxLength(255);
        e.Property(u => u.StoredPath).HasMaxLength(400);
        e.Property(u => u.Format).HasMaxLength(16);
        e.Property(u => u.UserName).HasMaxLength(320);
        e.Property(u => u.Stage).HasConversion<string>().HasMaxLength(16);
        e.Property(u => u.ErrorNl).HasMaxLength(2000);
        e.Property(u => u.ErrorEn).HasMaxLength(2000);
        e.Ignore(u => u.CurrentJobId);
    }
}
