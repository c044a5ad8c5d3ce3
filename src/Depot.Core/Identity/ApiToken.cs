using System.Security.Cryptography;
using System.Text;

namespace Depot.Core.Identity;

/// <summary>
/// A machine client's credential for one organisation. Only a SHA-256 hash is stored: the
/// token is shown once when created. Tokens are long random strings, so a fast hash is
/// enough (no password stretching needed).
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "dpt_";

    public long Id { get; set; }
    public long OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";

    /// <summary>The first characters of the token, so people can tell tokens apart.</summary>
    public string Hint { get; set; } = "";
    public OrganisationRole Role { get; set; } = OrganisationRole.Registrar;
    public long? CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive => RevokedAt is null;

    public static string NewSecret() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
