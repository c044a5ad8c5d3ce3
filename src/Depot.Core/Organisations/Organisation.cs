namespace Depot.Core.Organisations;

/// <summary>A heritage organisation: the tenant that owns records in Depot.</summary>
public sealed class Organisation
{
    public long Id { get; set; }

    /// <summary>Short, stable key used in routes and URIs (e.g. <c>museum-aan-de-stroom</c>).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    public Address Address { get; set; } = Address.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 64 &&
        slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') &&
        slug[0] != '-' && slug[^1] != '-';
}

public enum OrganisationKind
{
    Museum,
    Archive,
    HeritageLibrary,
    HeritageCell,
}

public sealed record Address(string Street, string PostalCode, string City, string Country)
{
    public static Address Empty { get; } = new("", "", "", "BE");
}
