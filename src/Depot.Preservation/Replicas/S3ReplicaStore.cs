using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Depot.Preservation.Replicas;

/// <summary>
/// A replica in an S3-compatible bucket, key <c>ab/abcdef….bin</c>. Uploads stream from the source
/// (a single PUT, or a multipart upload in parts for large contents, completed or aborted as a whole),
/// so an object is either all there or absent. Payloads are sent unchunked and checksums computed only
/// where S3 requires them: local S3 servers such as s3rver store <c>aws-chunked</c> bodies undecoded.
/// </summary>
internal sealed partial class S3ReplicaStore : IReplicaStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;
    private readonly SemaphoreSlim bucketCheck = new(1, 1);
    private bool bucketReady;

    public S3ReplicaStore(ReplicaStoreOptions options)
    {
        Name = options.Name;
        bucket = options.Bucket;
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        var credentials = new BasicAWSCredentials(
            options.AccessKey.Length > 0 ? options.AccessKey : "S3RVER", options.SecretKey.Length > 0 ? options.SecretKey : "S3RVER");
        client = new AmazonS3Client(credentials, config);
    }

    public string Name { get; }

    /// <summary>Contents above this size go up as a multipart upload of <see cref="PartBytes"/> parts (S3's minimum part is 5 MB).</summary>
    internal long MultipartThreshold { get; init; } = 64L * 1024 * 1024;
    internal long PartBytes { get; init; } = 16L * 1024 * 1024;

    public static string KeyOf(string sha256)
    {
        ContentKey.Check(sha256);
        return $"{sha256[..2]}/{sha256}.bin";
    }

    public async Task PutAsync(string sha256, Stream content, long length, CancellationToken ct)
    {
        if (await ExistsAsync(sha256, ct)) return;
        await UploadAsync(sha256, content, length, ct);
    }

    public async Task ReplaceAsync(string sha256, Stream content, long length, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        await UploadAsync(sha256, content, length, ct);
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        try
        {
            var response = await client.GetObjectAsync(bucket, KeyOf(sha256), ct);
            return new ResponseStream(response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string sha256, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        try
        {
            await client.GetObjectMetadataAsync(bucket, KeyOf(sha256), ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string sha256, CancellationToken ct)
    {
        await EnsureBucketAsync(ct);
        await client.DeleteObjectAsync(bucket, KeyOf(sha256), ct);
    }

    public void Dispose()
    {
        client.Dispose();
        bucketCheck.Dispose();
    }

    /// <summary>Creates the bucket on first use when it is missing (a fresh local server); an existing bucket is left as it is.</summary>
    private async Task EnsureBucketAsync(CancellationToken ct)
    {
        if (bucketReady) return;
        await bucketCheck.WaitAsync(ct);
        try
        {
            if (bucketReady) return;
            if (!await Amazon.S3.Util.AmazonS3Util.DoesS3BucketExistV2Async(client, bucket))
                await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, ct);
            bucketReady = true;
        }
        finally
        {
            bucketCheck.Release();
        }
    }
}
