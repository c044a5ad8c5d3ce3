using System.Text;
using Depot.Network.Harvesting;
using Depot.Network.Http;
using Depot.Network.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Depot.Network.Tests.Http;

public sealed class HarvestHttpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HarvestHttp Client(Action<NetworkOptions>? change = null)
    {
        var options = new NetworkOptions { AllowedPrivateNetworks = ["127.0.0.1"], RequestTimeout = TimeSpan.FromSeconds(5), MaxResponseBytes = 1024 };
        change?.Invoke(options);
        return new HarvestHttp(options);
    }

    private static Task<StaticServer> ServerAsync() => StaticServer.StartAsync(app =>
    {
        app.MapGet("/ok", () => Results.Text("hallo", "text/plain"));
        app.MapGet("/hop", () => Results.Redirect("/ok"));
        app.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        app.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        app.MapGet("/fault", () => Results.StatusCode(500));
        app.MapGet("/big", () => Results.Text(new string('x', 5000), "text/plain"));
        app.MapGet("/big-chunked", async (HttpContext c) =>
        {
            for (var i = 0; i < 10; i++) await c.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('y', 500)));
        });
        app.MapGet("/slow", async (HttpContext c) =>
        {
            await c.Response.WriteAsync("begin");
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
        });
    });

    [Fact]
    public async Task Loopback_is_refused_unless_the_setting_allows_it()
    {
        await using var server = await ServerAsync();
        using var strict = Client(o => o.AllowedPrivateNetworks = []);
        var refused = await Assert.ThrowsAsync<HarvestFailedException>(() => strict.GetAsync(server.Url("ok"), "*/*", Ct));
        Assert.Contains("127.0.0.1", refused.En);
        Assert.Contains("AllowedPrivateNetworks", refused.En);
        Assert.Equal(server.Url("ok"), refused.Url);

        using var allowed = Client();
        await using var response = await allowed.GetAsync(server.Url("ok"), "*/*", Ct);
        Assert.Equal("hallo", await new StreamReader(response.Body).ReadToEndAsync(Ct));
    }

    [Fact]
    public async Task A_host_name_is_checked_on_the_address_it_resolves_to()
    {
        await using var server = await ServerAsync();
        using var strict = Client(o => o.AllowedPrivateNetworks = []);
        var url = server.Url("ok").Replace("127.0.0.1", "localhost");
        var refused = await Assert.ThrowsAsync<HarvestFailedException>(() => strict.GetAsync(url, "*/*", Ct));
        Assert.Contains("internal", refused.En);
    }

    [Fact]
    public async Task Redirects_are_followed_and_a_loop_is_named()
    {
        await using var server = await ServerAsync();
        using var http = Client();
        await using (var response = await http.GetAsync(server.Url("hop"), "*/*", Ct))
            Assert.Equal(server.Url("ok"), response.Url.AbsoluteUri);
        var loop = await Assert.ThrowsAsync<HarvestFailedException>(() => http.GetAsync(server.Url("loop-a"), "*/*", Ct));
        Assert.Contains("redirect loop", loop.En);
        Assert.Contains("doorverwijzingslus", loop.Nl);
    }

    [Fact]
    public async Task A_server_error_a_too_large_body_and_a_stalled_body_each_stop_with_the_reason()
    {
        await using var server = await ServerAsync();
        using var http = Client(o => o.RequestTimeout = TimeSpan.FromSeconds(2));
        var fault = await Assert.ThrowsAsync<HarvestFailedException>(() => http.GetAsync(server.Url("fault"), "*/*", Ct));
        Assert.Contains("HTTP 500", fault.En);

        var big = await Assert.ThrowsAsync<HarvestFailedException>(() => http.GetAsync(server.Url("big"), "*/*", Ct));
        Assert.Contains("MaxResponseBytes", big.En);

        await using (var chunked = await http.GetAsync(server.Url("big-chunked"), "*/*", Ct))
        {
            var tooLarge = await Assert.ThrowsAsync<HarvestFailedException>(() => new StreamReader(chunked.Body).ReadToEndAsync(Ct));
            Assert.Contains("MaxResponseBytes", tooLarge.En);
        }

        await using var slow = await http.GetAsync(server.Url("slow"), "*/*", Ct);
        var stalled = await Assert.ThrowsAsync<HarvestFailedException>(() => new StreamReader(slow.Body).ReadToEndAsync(Ct));
        Assert.Contains("time limit", stalled.En);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/x")]
    [InlineData("http://user:secret@example.org/")]
    [InlineData("niet een adres")]
    public async Task Only_plain_http_and_https_urls_are_fetched(string url)
    {
        using var http = Client();
        var refused = await Assert.ThrowsAsync<HarvestFailedException>(() => http.GetAsync(url, "*/*", Ct));
        Assert.NotEmpty(refused.Nl);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("193.190.1.1", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Internal_addresses_are_recognised(string address, bool internalAddress) =>
        Assert.Equal(internalAddress, AddressGuard.IsInternal(System.Net.IPAddress.Parse(address)));

    [Fact]
    public void An_allowed_network_lets_its_addresses_through_and_no_others()
    {
        var guard = new AddressGuard(["10.0.0.0/8", "collectie.intern"]);
        Assert.True(guard.Allows("x", System.Net.IPAddress.Parse("10.9.8.7")));
        Assert.False(guard.Allows("x", System.Net.IPAddress.Parse("192.168.0.1")));
        Assert.True(guard.Allows("collectie.intern", System.Net.IPAddress.Parse("192.168.0.1")));
        Assert.True(guard.Allows("x", System.Net.IPAddress.Parse("193.190.1.1")));
    }
}
