using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Depot.Preservation.Tests.Upload;

/// <summary>Speaks the resumable upload API the way a client does: start, PUT chunks with Content-Range, ask where to resume.</summary>
internal sealed class UploadClient(HttpClient http, string slug)
{
    public HttpClient Http => http;

    public string Api => $"/api/v1/organisations/{slug}";

    public static byte[] Bytes(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public async Task<HttpResponseMessage> StartAsync(object body, CancellationToken ct) => await http.PostAsJsonAsync($"{Api}/uploads", body, ct);

    public async Task<string> StartOkAsync(string fileName, byte[] bytes, CancellationToken ct, string? sha256 = null, long? objectId = null)
    {
        var response = await StartAsync(new { fileName, length = bytes.Length, sha256, objectId }, ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return json.GetProperty("uploadUrl").GetString()!;
    }

    public async Task<HttpResponseMessage> PutAsync(string url, byte[] all, long offset, int count, CancellationToken ct, HttpContent? content = null)
    {
        content ??= new ByteArrayContent(all, (int)offset, count);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentRange = count == 0 ? new ContentRangeHeaderValue(all.Length) : new ContentRangeHeaderValue(offset, offset + count - 1, all.Length);
        return await http.PutAsync(url, content, ct);
    }

    public async Task<long> ReceivedAsync(string url, CancellationToken ct)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sends the whole file in chunks; returns the last response (the ingest's).</summary>
    public async Task<HttpResponseMessage> SendAllAsync(string url, byte[] bytes, int chunk, CancellationToken ct)
    {
        HttpResponseMessage? last = null;
        for (long offset = 0; offset < bytes.Length; offset += chunk)
        {
            last = await PutAsync(url, bytes, offset, (int)Math.Min(chunk, bytes.Length - offset), ct);
            if (!last.IsSuccessStatusCode) return last;
        }
        return last!;
    }
}
