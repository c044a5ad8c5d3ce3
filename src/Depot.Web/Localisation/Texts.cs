namespace Depot.Web.Localisation;

/// <summary>
/// Every label and message of the web UI, Dutch and English side by side so a missing translation
/// shows in review. Keys are grouped by page; <c>field.*</c> names are the Basisregistratie fields.
/// </summary>
public static partial class Texts
{
    private static readonly Lazy<Dictionary<string, (string Nl, string En)>> Merged = new(() =>
        new[]
        {
            Common(), Objects(), History(), Forms(),
            Procedures(), Loans(), ProcedureForms(),
            Movements(), Inventories(),
            Authorities(),
            Sets(), SearchCounts(),
            Imports(),
            SourceFields(),
            Harvested(),
            Exports(),
            Workplace(),
            Images(),
            Portal(),
            Depot(),
            Packages(),
            Derivatives(),
            Sources(),
        }.SelectMany(section => section).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, (string Nl, string En)> All => Merged.Value;

    private static Dictionary<string, (string Nl, string En)> Common() => new()
    {
        ["common.yes"] = ("ja", "yes"),
        ["common.no"] = ("nee", "no"),
        ["layout.skip"] = ("Naar de inhoud", "Skip to content"),
        ["layout.organisation"] = ("Organisatie", "Organisation"),
        ["layout.chooseOrganisation"] = ("Kies een organisatie", "Choose an organisation"),
        ["layout.signIn"] = ("Aanmelden", "Sign in"),
        ["layout.signOut"] = ("Afmelden", "Sign out"),
        ["layout.mainNav"] = ("Hoofdmenu", "Main menu"),
        ["layout.objects"] = ("Objecten", "Objects"),
        ["layout.breadcrumb"] = ("Kruimelpad", "Breadcrumb"),
        ["layout.footer"] = ("collectiebeheer voor erfgoedorganisaties", "collection management for heritage organisations"),
        ["home.title"] = ("Jouw organisaties", "Your organisations"),
        ["home.none"] = ("Je hebt nog geen toegang tot een organisatie. Vraag een beheerder van je organisatie om je toe te voegen.",
            "You do not have access to an organisation yet. Ask an administrator of your organisation to add you."),
        ["signIn.title"] = ("Aanmelden", "Sign in"),
        ["signIn.email"] = ("E-mailadres", "E-mail address"),
        ["signIn.password"] = ("Wachtwoord", "Password"),
        ["signIn.submit"] = ("Aanmelden", "Sign in"),
        ["signIn.failed"] = ("Het e-mailadres of het wachtwoord klopt niet. Controleer beide en probeer opnieuw.",
            "The e-mail address or the password is not right. Check both and try again."),
        ["signIn.lockedOut"] = ("Te veel mislukte pogingen: je account is tijdelijk geblokkeerd tot {0}. Probeer het daarna opnieuw.",
            "Too many failed attempts: your account is locked until {0}. Try again after that."),
        ["signIn.demo.title"] = ("Demo-accounts", "Demo accounts"),
        ["signIn.demo.intro"] = ("Dit is een demonstratie-installatie. Meld je aan met een van deze accounts; het wachtwoord is voor allemaal",
            "This is a demonstration installation. Sign in with one of these accounts; the password for all of them is"),
        ["signIn.demo.name"] = ("Naam", "Name"),
        ["signIn.demo.role"] = ("Rol", "Role"),
        ["signOut.title"] = ("Afmelden", "Sign out"),
        ["status.403.title"] = ("Geen toegang", "No access"),
        ["status.403.body"] = ("Je rol in deze organisatie laat dit niet toe. Vraag een organisatiebeheerder om meer rechten als je dit nodig hebt.",
            "Your role in this organisation does not allow this. Ask an organisation admin for more rights if you need them."),
        ["status.404.title"] = ("Niet gevonden", "Not found"),
        ["status.404.body"] = ("Deze pagina of dit record bestaat niet, of je hebt er geen toegang toe.",
            "This page or record does not exist, or you do not have access to it."),
        ["status.home"] = ("Naar de startpagina", "Go to the start page"),
        ["publication.Internal"] = ("Intern", "Internal"),
        ["publication.Public"] = ("Publiek", "Public"),
        ["titleType.Preferred"] = ("voorkeurstitel", "preferred title"),
        ["titleType.Alternate"] = ("andere titel", "alternative title"),
    };
}
