namespace Depot.Web.Pages;

/// <summary>The server-rendered web UI (Razor Pages), Dutch first with an English switch.</summary>
public static class PagesModule
{
    public static IServiceCollection AddDepotPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static WebApplication MapDepotPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
