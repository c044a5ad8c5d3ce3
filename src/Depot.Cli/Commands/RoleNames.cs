using System.CommandLine;
using Depot.Core.Identity;

namespace Depot.Cli.Commands;

/// <summary>How roles are written on the command line.</summary>
internal static class RoleNames
{
    public static readonly IReadOnlyDictionary<string, OrganisationRole> Organisation = new Dictionary<string, OrganisationRole>(StringComparer.Ordinal)
    {
        ["viewer"] = OrganisationRole.Viewer,
        ["registrar"] = OrganisationRole.Registrar,
        ["admin"] = OrganisationRole.OrganisationAdmin,
    };

    public static readonly IReadOnlyDictionary<string, PlatformRole> Platform = new Dictionary<string, PlatformRole>(StringComparer.Ordinal)
    {
        ["none"] = PlatformRole.None,
        ["department"] = PlatformRole.Department,
        ["platform-admin"] = PlatformRole.PlatformAdmin,
    };

    public static Option<string> OrganisationOption(string name, string? defaultValue)
    {
        var option = new Option<string>(name) { Description = "viewer, registrar or admin" };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        option.AcceptOnlyFromAmong([.. Organisation.Keys]);
        return option;
    }

    public static string NameOf(OrganisationRole role) => Organisation.First(p => p.Value == role).Key;

    public static string NameOf(PlatformRole role) => Platform.First(p => p.Value == role).Key;
}
