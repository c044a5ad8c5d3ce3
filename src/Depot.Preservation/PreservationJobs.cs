namespace Depot.Preservation;

/// <summary>The kinds of durable background job the digital depot runs (see <c>Depot.Storage.Jobs.JobQueue</c>).</summary>
public static class PreservationJobs
{
    /// <summary>Thumbnail, web size and tiled pyramid of one file; payload <c>{"fileId": 12}</c>.</summary>
    public const string Derivatives = "preservation.derivatives";

    /// <summary>Re-hash every replica (of one organisation or all), repair what fails; payload <c>{"organisationId": null}</c>.</summary>
    public const string FixityAudit = "preservation.fixity";

    /// <summary>Fill in the MD5 (an exchange checksum the ingest leaves out of its pass) of contents that have none yet; payload <c>{"after": "…"}</c>, optional.</summary>
    public const string Md5 = "preservation.md5";

    /// <summary>Remove the bytes of files whose deletion grace period has ended.</summary>
    public const string Purge = "preservation.purge";

    /// <summary>Write a BagIt bag (or an E-ARK SIP inside one) of a selection of objects with their files.</summary>
    public const string PackageExport = "preservation.package-export";

    /// <summary>Validate and ingest an uploaded BagIt bag.</summary>
    public const string PackageImport = "preservation.package-import";
}
