using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Depot.Network.Tests.Support;

/// <summary>A real HTTP server on a free loopback port that answers the routes a test gives it (source fixtures, faults).</summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticServer(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>The absolute URL of <paramref name="path"/> on this server.</summary>
    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public static async Task<StaticServer> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        routes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
