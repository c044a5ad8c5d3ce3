using Depot.Network;
using Depot.Preservation;
using Depot.Publishing;
using Depot.Publishing.Caching;
using Depot.Storage.Database;
using Depot.Web.Api;
using Depot.Web.Demo;
using Depot.Web.Exports;
using Depot.Web.Identity;
using Depot.Web.Images;
using Depot.Web.Importing;
using Depot.Web.Jobs;
using Depot.Web.Thesauri;
using Depot.Web.Pages;
using Depot.Web.Portal;
using Depot.Web.Sets;

namespace Depot.Web.Hosting;

/// <summary>Builds the Depot web host: one place that lists every module, used by Program, the CLI and the tests.</summary>
public static class DepotWebApp
{
    public static WebApplication Create(string[] args, DepotHostOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // No watcher on the content root for appsettings changes: on Linux it puts an inotify
            // watch on every folder below the working folder, which costs start-up time for nothing.
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
            ApplicationName = typeof(DepotWebApp).Assembly.GetName().Name,
            WebRootPath = BundledWebRoot(),
        });
        options ??= DepotHostOptions.FromConfiguration(builder.Configuration);
        builder.WebHost.UseUrls(options.Urls);
        // Requests are not worth an information line each; warnings and Depot's own messages are.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        builder.Services.AddSingleton(options);

        builder.Services
            .AddDepotStorage(options.Database)
            .AddSharedDataProtection()
            .AddDepotAuth()
            .AddDepotProblemDetails()
            .AddOpenApi()
            .AddDepotApi()
            .AddDepotPages()
            .AddDepotSets()
            .AddDepotExports()
            .AddDepotJobs(options)
            .AddDepotThesauri()
            .AddDepotImports()
            .AddDepotImages()
            .AddDepotPublishing(builder.Configuration, DefaultBaseUri(options.Urls), options.RunJobs)
            .AddDepotPortal()
            .AddDepotPreservation(builder.Configuration, options.RunJobs)
            .AddDepotNetwork(builder.Configuration, options.RunJobs);

        var app = builder.Build();
        Prepare(app, options);

        app.UseDepotProblemDetails();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLimits();
        app.UsePublicPolicies();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapDepotApi();
        app.MapDepotPages();
        app.MapDepotPublishing();
        app.MapDepotPreservation();
        app.MapDepotNetwork();
        return app;
    }

    /// <summary>The first address Depot listens on, as the base of persistent URIs when none is configured.</summary>
    private static Uri DefaultBaseUri(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://localhost:5080";
        return Uri.TryCreate(first.Replace("://*", "://localhost").Replace("://+", "://localhost"), UriKind.Absolute, out var uri) ? uri : new Uri("http://localhost:5080");
    }

    /// <summary>
    /// The stylesheets and scripts copied beside the binaries, so `depot serve` finds them from
    /// whatever folder it is started in (the data folder is relative to that folder, the web root is not).
    /// </summary>
    private static string? BundledWebRoot()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Migrates the embedded database, creates the first admin and seeds demo data before the first request.</summary>
    private static void Prepare(WebApplication app, DepotHostOptions options)
    {
        if (options.MigrateOnStart)
            app.Services.GetRequiredService<DepotDatabase>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        FirstAdmin.EnsureAsync(app.Services, app.Configuration, CancellationToken.None).GetAwaiter().GetResult();
        if (options.Demo)
            DemoSeeder.SeedAsync(app.Services, DemoSeeder.DefaultObjectCount, CancellationToken.None).GetAwaiter().GetResult();
    }
}
