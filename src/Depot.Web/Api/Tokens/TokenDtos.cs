using Depot.Core.Identity;

namespace Depot.Web.Api.Tokens;

public sealed record TokenOutput(long Id, string Name, string Hint, OrganisationRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static TokenOutput From(ApiToken t) => new(t.Id, t.Name, t.Hint, t.Role, t.CreatedAt, t.RevokedAt, t.LastUsedAt);
}

public sealed record CreateTokenInput(string? Name, OrganisationRole? Role);

/// <summary>The new token with its secret: the only time the secret is shown.</summary>
public sealed record CreatedTokenOutput(TokenOutput Token, string Secret);
