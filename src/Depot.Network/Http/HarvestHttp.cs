using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Depot.Network.Harvesting;

namespace Depot.Network.Http;

/// <summary>
/// The only way Depot fetches from a source: http(s) only, addresses checked at connect time
/// (<see cref="AddressGuard"/>), redirects followed by hand (bounded, loops refused, each hop checked),
/// every request bounded in time and in bytes read. Every failure is a <see cref="HarvestFailedException"/>
/// that names the URL and the reason in Dutch and English.
/// </summary>
public sealed class HarvestHttp : IDisposable
{
    private readonly NetworkOptions options;
    private readonly HttpClient client;

    public HarvestHttp(NetworkOptions options)
    {
        this.options = options;
        var guard = new AddressGuard(options.AllowedPrivateNetworks);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = (context, ct) => ConnectAsync(guard, context, ct),
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>
    /// GETs <paramref name="url"/> asking for <paramref name="accept"/>; the caller reads and disposes the body.
    /// A status other than 2xx (and 304 when <paramref name="ifNoneMatch"/> is given) is an error.
    /// </summary>
    public async Task<HarvestResponse> GetAsync(string url, string accept, CancellationToken ct, string? ifNoneMatch = null)
    {
        var current = Parse(url);
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(accept);
                if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw Fail(current, $"geen antwoord binnen {options.RequestTimeout.TotalSeconds:0} s", $"no answer within {options.RequestTimeout.TotalSeconds:0} s");
                }
                catch (HttpRequestException e) when (e.InnerException is ForbiddenAddressException f)
                {
                    throw Fail(current, $"het adres {f.Address} is intern (loopback of privé) en niet toegelaten (Depot:Network:AllowedPrivateNetworks)",
                        $"the address {f.Address} is internal (loopback or private) and not allowed (Depot:Network:AllowedPrivateNetworks)", e);
                }
                catch (HttpRequestException e)
                {
                    throw Fail(current, $"verbinding mislukt: {e.Message}", $"connection failed: {e.Message}", e);
                }

                if (IsRedirect(response.StatusCode))
                {
                    var location = response.Headers.Location;
                    response.Dispose();
                    if (location is null) throw Fail(current, "doorverwijzing zonder Location", "redirect without a Location");
                    var next = Parse(new Uri(current, location).AbsoluteUri);
                    if (!visited.Add(next.AbsoluteUri)) throw Fail(current, $"doorverwijzingslus naar {next}", $"redirect loop to {next}");
                    if (hop + 1 > options.MaxRedirects)
                        throw Fail(current, $"meer dan {options.MaxRedirects} doorverwijzingen", $"more than {options.MaxRedirects} redirects");
                    current = next;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified && ifNoneMatch is not null)
                    return new HarvestResponse(current, response, timeout, Stream.Null, options.MaxResponseBytes);
                if (!response.IsSuccessStatusCode)
                {
                    var code = (int)response.StatusCode;
                    response.Dispose();
                    throw Fail(current, $"de bron antwoordde HTTP {code}", $"the source answered HTTP {code}");
                }
                if (response.Content.Headers.ContentLength is long length && length > options.MaxResponseBytes)
                {
                    response.Dispose();
                    throw TooLarge(current, options.MaxResponseBytes);
                }
                var body = await response.Content.ReadAsStreamAsync(timeout.Token);
                return new HarvestResponse(current, response, timeout, body, options.MaxResponseBytes);
            }
        }
        catch
        {
            timeout.Dispose();
            throw;
        }
    }

    /// <summary>The whole body as text (for pages small enough to hold, such as one OAI-PMH response).</summary>
    public async Task<(HarvestResponse Response, string Text)> GetTextAsync(string url, string accept, CancellationToken ct)
    {
        var response = await GetAsync(url, accept, ct);
        using var reader = new StreamReader(response.Body, leaveOpen: true);
        try
        {
            return (response, await reader.ReadToEndAsync(ct));
        }
        catch
        {
            await response.DisposeAsync();
            throw;
        }
    }

    internal static HarvestFailedException TooLarge(Uri url, long max) =>
        Fail(url, $"het antwoord is groter dan {max / (1024 * 1024)} MB (Depot:Network:MaxResponseBytes)",
            $"the response is larger than {max / (1024 * 1024)} MB (Depot:Network:MaxResponseBytes)");

    internal static HarvestFailedException Fail(Uri url, string nl, string en, Exception? inner = null) =>
        new(url.AbsoluteUri, $"{url}: {nl}", $"{url}: {en}", inner);

    private static Uri Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new HarvestFailedException(url, $"{url}: alleen http- en https-adressen kunnen geoogst worden", $"{url}: only http and https URLs can be harvested");
        if (uri.UserInfo.Length > 0)
            throw new HarvestFailedException(url, $"{url}: een adres met gebruikersnaam of wachtwoord is niet toegelaten", $"{url}: a URL with a user name or password is not allowed");
        return uri;
    }

    private static bool IsRedirect(HttpStatusCode code) => (int)code is 301 or 302 or 303 or 307 or 308;

    private static async ValueTask<Stream> ConnectAsync(AddressGuard guard, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(a => guard.Allows(host, a)).ToList();
        if (allowed.Count == 0) throw new ForbiddenAddressException(addresses.FirstOrDefault()?.ToString() ?? host);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => client.Dispose();

    private sealed class ForbiddenAddressException(string address) : Exception($"Address {address} is internal and not allowed.")
    {
        public string Address { get; } = address;
    }
}

/// <summary>
/// A source's answer: the URL it finally came from (after redirects), its headers and a body that
/// stops with a <see cref="HarvestFailedException"/> past the size limit or the request's time limit.
/// </summary>
public sealed class HarvestResponse : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage response;
    private readonly CancellationTokenSource timeout;

    internal HarvestResponse(Uri url, HttpResponseMessage response, CancellationTokenSource timeout, Stream body, long maxBytes)
    {
        Url = url;
        this.response = response;
        this.timeout = timeout;
        Body = new BoundedBody(body, url, maxBytes, timeout);
    }

    public Uri Url { get; }
    public HttpStatusCode Status => response.StatusCode;
    public string MediaType => response.Content.Headers.ContentType?.MediaType ?? "";
    public string? ETag => response.Headers.ETag?.ToString();
    public DateTimeOffset? LastModified => response.Content.Headers.LastModified;
    public HttpResponseHeaders Headers => response.Headers;
    public Stream Body { get; }

    public void Dispose()
    {
        Body.Dispose();
        response.Dispose();
        timeout.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class BoundedBody(Stream inner, Uri url, long maxBytes, CancellationTokenSource timeout) : Stream
    {
        private long read;

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            int n;
            try
            {
                n = await inner.ReadAsync(buffer, both.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException && timeout.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw HarvestHttp.Fail(url, "de bron stopte met antwoorden binnen de tijdslimiet", "the source stopped answering within the time limit", e);
            }
            catch (IOException e)
            {
                throw HarvestHttp.Fail(url, $"verbinding verbroken: {e.Message}", $"connection broken: {e.Message}", e);
            }
            read += n;
            if (read > maxBytes) throw HarvestHttp.TooLarge(url, maxBytes);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
