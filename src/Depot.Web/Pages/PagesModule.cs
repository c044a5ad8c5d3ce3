using Depot.Web.Localisation;
using Depot.Web.Pages.Objects;
using Depot.Web.Pages.Procedures;

namespace Depot.Web.Pages;

/// <summary>The server-rendered web UI (Razor Pages), Dutch first with an English switch.</summary>
public static class PagesModule
{
    public static IServiceCollection AddDepotPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Objects");
            o.Conventions.AllowAnonymousToFolder("/Account");
        });
        services.AddHttpContextAccessor();
        services.AddScoped<UiText>();
        services.AddSingleton<ObjectLookups>();
        services.AddProcedurePages();
        services.AddSingleton<DigitalDepot.FixityOverview>();
        return services;
    }

    public static WebApplication MapDepotPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
