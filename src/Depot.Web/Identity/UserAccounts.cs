using Depot.Core.Identity;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Depot.Web.Identity;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, User? User, DateTimeOffset? LockedUntil = null);

/// <summary>Users, passwords (ASP.NET Core's hasher) and lockout after repeated failures.</summary>
public sealed class UserAccounts(DepotDatabase database, TimeProvider clock)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 10;

    private static readonly PasswordHasher<User> Hasher = new();

    public async Task<User> CreateAsync(string email, string displayName, string password, PlatformRole platformRole, CancellationToken ct)
    {
        var normalised = User.NormaliseEmail(email);
        var errors = new List<FieldError>();
        if (!normalised.Contains('@', StringComparison.Ordinal))
            errors.Add(new FieldError("email", "email.invalid", "Vul een geldig e-mailadres in.", "Enter a valid e-mail address."));
        if (password.Length < MinPasswordLength)
            errors.Add(new FieldError("password", "password.short",
                $"Een wachtwoord heeft minstens {MinPasswordLength} tekens.", $"A password has at least {MinPasswordLength} characters."));
        await using var db = database.CreateContext();
        if (await db.Users.AnyAsync(u => u.Email == normalised, ct))
            errors.Add(new FieldError("email", "email.taken", "Er bestaat al een gebruiker met dit e-mailadres.", "A user with this e-mail address already exists."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var user = new User
        {
            Email = normalised,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? normalised : displayName.Trim(),
            PlatformRole = platformRole,
            CreatedAt = clock.GetUtcNow(),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }

    public async Task SetMembershipAsync(long userId, long organisationId, OrganisationRole? role, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var existing = await db.Memberships.AsTracking().SingleOrDefaultAsync(m => m.UserId == userId && m.OrganisationId == organisationId, ct);
        if (role is null)
        {
            if (existing is not null) db.Memberships.Remove(existing);
        }
        else if (existing is null)
            db.Memberships.Add(new Membership { UserId = userId, OrganisationId = organisationId, Role = role.Value });
        else
            existing.Role = role.Value;
        await db.SaveChangesAsync(ct);
    }

    public async Task<User?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalised = User.NormaliseEmail(email);
        await using var db = database.CreateContext();
        return await db.Users.AsNoTracking().Include(u => u.Memberships).SingleOrDefaultAsync(u => u.Email == normalised, ct);
    }

    /// <summary>Checks a password; five failures in a row lock the account for fifteen minutes.</summary>
    public async Task<SignInResult> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var normalised = User.NormaliseEmail(email);
        await using var db = database.CreateContext();
        var user = await db.Users.AsTracking().SingleOrDefaultAsync(u => u.Email == normalised, ct);
        var now = clock.GetUtcNow();
        if (user is null)
        {
            // Hash anyway so the answer takes as long as for a real account.
            Hasher.HashPassword(new User(), password);
            return new SignInResult(SignInOutcome.Failed, null);
        }
        if (user.LockedUntil is { } until && until > now)
            return new SignInResult(SignInOutcome.LockedOut, null, until);

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailedSignIns)
            {
                user.LockedUntil = now + LockoutDuration;
                user.FailedSignIns = 0;
            }
            await db.SaveChangesAsync(ct);
            return user.LockedUntil > now
                ? new SignInResult(SignInOutcome.LockedOut, null, user.LockedUntil)
                : new SignInResult(SignInOutcome.Failed, null);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user.PasswordHash = Hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return new SignInResult(SignInOutcome.Succeeded, user);
    }
}
