using Depot.Core.Identity;

namespace Depot.Web.Demo;

/// <summary>The sign-in accounts demo mode creates, one per role. Listed on the sign-in page in demo mode only.</summary>
public static class DemoAccounts
{
    public const string OrganisationSlug = "erfgoed-demo";
    public const string Password = "demo-wachtwoord";

    public sealed record Account(string Email, string DisplayName, OrganisationRole? Role, PlatformRole PlatformRole, string DescriptionNl, string DescriptionEn);

    public static readonly IReadOnlyList<Account> All =
    [
        new("beheerder@demo.depot", "Bea Beheerder", OrganisationRole.OrganisationAdmin, PlatformRole.None, "organisatiebeheerder", "organisation admin"),
        new("registrator@demo.depot", "Rik Registrator", OrganisationRole.Registrar, PlatformRole.None, "registrator", "registrar"),
        new("lezer@demo.depot", "Lien Lezer", OrganisationRole.Viewer, PlatformRole.None, "raadpleger", "viewer"),
        new("departement@demo.depot", "Dirk Departement", null, PlatformRole.Department, "departement (leest alles, wijzigt niets)", "department (reads everything, writes nothing)"),
        new("platform@demo.depot", "Pia Platform", null, PlatformRole.PlatformAdmin, "platformbeheerder", "platform admin"),
    ];
}
