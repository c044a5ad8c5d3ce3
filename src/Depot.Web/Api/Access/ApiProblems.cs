using Depot.Core.Identity;
using Depot.Web.Hosting;

namespace Depot.Web.Api.Access;

/// <summary>The API's own refusals as Problem Details, in Dutch unless the caller asks for English.</summary>
public static class ApiProblems
{
    public static IResult NotFound(HttpContext http) => Problem(http, StatusCodes.Status404NotFound,
        "Niet gevonden", "Not found",
        "Dit bestaat niet, of je hebt er geen toegang toe.", "This does not exist, or you have no access to it.");

    public static IResult Forbidden(HttpContext http, OrganisationRole needed) => Problem(http, StatusCodes.Status403Forbidden,
        "Geen toestemming", "Not allowed",
        $"Hiervoor heb je in deze organisatie de rol {RoleNl(needed)} nodig.",
        $"This needs the role {RoleEn(needed)} in this organisation.");

    public static IResult PreconditionRequired(HttpContext http) => Problem(http, StatusCodes.Status428PreconditionRequired,
        "Versie ontbreekt", "Version missing",
        "Stuur de versie die je wijzigt mee, in de header If-Match (bv. \"v3\") of als veld version, zodat niemands wijziging overschreven wordt.",
        "Send the version you are changing, in the If-Match header (e.g. \"v3\") or as the version field, so nobody's change is overwritten.");

    public static IResult Problem(HttpContext http, int status, string titleNl, string titleEn, string detailNl, string detailEn)
    {
        var english = Language.IsEnglish(http);
        return TypedResults.Problem(
            statusCode: status,
            title: english ? titleEn : titleNl,
            detail: english ? detailEn : detailNl,
            extensions: new Dictionary<string, object?> { ["traceId"] = http.TraceIdentifier });
    }

    private static string RoleNl(OrganisationRole role) => role switch
    {
        OrganisationRole.Viewer => "raadpleger",
        OrganisationRole.Registrar => "registrator",
        OrganisationRole.OrganisationAdmin => "organisatiebeheerder",
        _ => role.ToString(),
    };

    private static string RoleEn(OrganisationRole role) => role switch
    {
        OrganisationRole.Viewer => "viewer",
        OrganisationRole.Registrar => "registrar",
        OrganisationRole.OrganisationAdmin => "organisation admin",
        _ => role.ToString(),
    };
}
