using Depot.Storage.Portal;

namespace Depot.Web.Portal;

/// <summary>The public portal (Pages/Portal): search over every organisation's public records, object, maker and organisation pages, sitemap.</summary>
public static class PortalModule
{
    public static IServiceCollection AddDepotPortal(this IServiceCollection services)
    {
        services.AddSingleton(sp => PortalOptions.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<PortalIndex>();
        services.AddSingleton<PortalSearch>();
        services.AddSingleton<PortalFeed>();
        return services;
    }
}

/// <summary>Settings of the public portal (section <c>Depot:Portal</c>).</summary>
public sealed record PortalOptions
{
    public const string Section = "Depot:Portal";

    /// <summary>Object pages per sitemap file; the sitemap protocol allows at most 50,000.</summary>
    public int SitemapPageSize { get; init; } = 50_000;

    /// <summary>Result cards per search page.</summary>
    public int PageSize { get; init; } = 24;

    /// <summary>How long browsers and shared caches may keep a public page before they revalidate with its ETag.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromMinutes(1);

    public static PortalOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new PortalOptions();
        configuration.GetSection(Section).Bind(options);
        return options with { SitemapPageSize = Math.Clamp(options.SitemapPageSize, 1, 50_000), PageSize = Math.Clamp(options.PageSize, 1, 100) };
    }
}
