using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Depot.Web.Pages.Procedures;

/// <summary>Each procedure's edit page also serves its "new" address (no id: a new record).</summary>
public static class ProcedurePages
{
    public static IServiceCollection AddProcedurePages(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var (folder, segment) in new[]
            {
                ("Entries", "instroom"), ("Acquisitions", "verwervingen"), ("Loans", "bruiklenen"),
                ("Checks", "toestandscontroles"), ("Exits", "uitstroom"),
            })
                o.Conventions.AddPageRoute($"/Procedures/{folder}/Edit", $"/o/{{org}}/procedures/{segment}/nieuw");
        });
}
