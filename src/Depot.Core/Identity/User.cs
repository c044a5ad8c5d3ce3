namespace Depot.Core.Identity;

/// <summary>A person who signs in. Roles are held per organisation (<see cref="Membership"/>), plus an optional platform role.</summary>
public sealed class User
{
    public long Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public PlatformRole PlatformRole { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string PreferredLanguage { get; set; } = "nl";
    public DateTimeOffset CreatedAt { get; set; }
    public List<Membership> Memberships { get; set; } = [];

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();
}

/// <summary>A user's role in one organisation.</summary>
public sealed class Membership
{
    public long UserId { get; set; }
    public long OrganisationId { get; set; }
    public OrganisationRole Role { get; set; }
}

/// <summary>Roles within one organisation, each including the rights of the one before.</summary>
public enum OrganisationRole
{
    Viewer = 1,
    Registrar = 2,
    OrganisationAdmin = 3,
}

public enum PlatformRole
{
    None = 0,

    /// <summary>The department: reads every organisation, writes nothing.</summary>
    Department = 1,
    PlatformAdmin = 2,
}
