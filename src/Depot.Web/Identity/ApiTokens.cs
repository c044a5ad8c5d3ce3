using Depot.Core.Identity;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Identity;

/// <summary>Per-organisation API tokens: created and revoked by an organisation admin, stored hashed, shown once.</summary>
public sealed class ApiTokens(DepotDatabase database, TimeProvider clock)
{
    /// <summary>Creates a token; the returned secret is the only time it is ever shown.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(long organisationId, string name, OrganisationRole role, long? createdBy, CancellationToken ct)
    {
        var secret = ApiToken.NewSecret();
        var token = new ApiToken
        {
            OrganisationId = organisationId,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim(),
            Hash = ApiToken.HashOf(secret),
            Hint = secret[..(ApiToken.Prefix.Length + 4)],
            Role = role,
            CreatedByUserId = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = database.CreateContext();
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == organisationId)
            .OrderByDescending(t => t.Id).ToListAsync(ct); // newest first; SQLite cannot order by DateTimeOffset
    }

    public async Task<bool> RevokeAsync(long organisationId, long tokenId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        return await db.ApiTokens.Where(t => t.OrganisationId == organisationId && t.Id == tokenId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct) > 0;
    }

    /// <summary>The active token with this secret, or null.</summary>
    public async Task<ApiToken?> AuthenticateAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(ApiToken.Prefix, StringComparison.Ordinal)) return null;
        var hash = ApiToken.HashOf(secret);
        await using var db = database.CreateContext();
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, ct);
        if (token is not null)
        {
            var now = clock.GetUtcNow();
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }
        return token;
    }
}
