namespace Depot.Preservation;

/// <summary>The digital depot's settings (section <c>Depot:Preservation</c>), bound and validated on start.</summary>
public sealed class PreservationOptions
{
    public const string Section = "Depot:Preservation";

    /// <summary>
    /// The replica stores, at least two on independent disks or services. Empty: two local folders,
    /// <c>depot/replica-a</c> and <c>depot/replica-b</c> beside the SQLite database (or under <c>data/</c>).
    /// </summary>
    public List<ReplicaStoreOptions> Replicas { get; set; } = [];

    /// <summary>Working folder for uploads in progress, derivatives and package staging; empty: <c>depot/work</c> beside the replicas.</summary>
    public string WorkDirectory { get; set; } = "";

    /// <summary>The largest single file accepted (default 50 GB); uploads stream to disk, so size costs disk, not memory.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024 * 1024;

    /// <summary>How long an unfinished resumable upload is kept before its bytes are removed.</summary>
    public TimeSpan UploadExpiry { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a deleted file's bytes are kept before they are purged (default 30 days).</summary>
    public TimeSpan DeletionGracePeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Every replica is re-hashed at least once per cycle (default 90 days); zero turns the scheduled audit off.</summary>
    public TimeSpan FixityCycle { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Upper bound of the audit's read rate in MB/s across all workers, so the site stays responsive; 0 is unthrottled.</summary>
    public int FixityMaxMegabytesPerSecond { get; set; } = 400;

    /// <summary>Parallel hashing workers of an audit; 0: the number of cores.</summary>
    public int FixityWorkers { get; set; }

    /// <summary>DROID signature file (PRONOM); empty: <c>pronom/DROID_SignatureFile_*.xml</c> in the data folder, else in the reference data.</summary>
    public string SignatureFile { get; set; } = "";

    /// <summary>DROID container signature file; empty: found like <see cref="SignatureFile"/> (<c>container-signature-*.xml</c>).</summary>
    public string ContainerSignatureFile { get; set; } = "";

    /// <summary>Limits for reading packages (BagIt, zip): total unpacked bytes and the unpacked-to-packed ratio of any entry.</summary>
    public long MaxUnpackedBytes { get; set; } = 200L * 1024 * 1024 * 1024;
    public int MaxCompressionRatio { get; set; } = 200;
}

/// <summary>One replica store: a local folder or an S3-compatible bucket.</summary>
public sealed class ReplicaStoreOptions
{
    /// <summary>Short stable name recorded with every copy and event (<c>local-a</c>, <c>s3</c>).</summary>
    public string Name { get; set; } = "";
    public ReplicaStoreKind Kind { get; set; } = ReplicaStoreKind.Folder;

    /// <summary>Folder stores: the root folder.</summary>
    public string Path { get; set; } = "";

    /// <summary>S3 stores: the service address (e.g. <c>http://127.0.0.1:4568</c>), bucket, region and keys.</summary>
    public string ServiceUrl { get; set; } = "";
    public string Bucket { get; set; } = "";
    public string Region { get; set; } = "us-east-1";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>Path-style addressing (<c>host/bucket/key</c>), which local S3 servers need.</summary>
    public bool ForcePathStyle { get; set; } = true;
}

public enum ReplicaStoreKind
{
    Folder,
    S3,
}
