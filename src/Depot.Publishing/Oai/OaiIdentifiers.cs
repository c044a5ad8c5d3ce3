using System.Globalization;
using System.Text.RegularExpressions;

namespace Depot.Publishing.Oai;

/// <summary>
/// Item identifiers after the oai-identifier scheme: <c>oai:{host}:object:{id}</c>, with the host
/// of the public base URI (without port) as namespace and the object's id, which never changes
/// and is never reused, so an identifier stays valid for the life of the record (deleted records too).
/// </summary>
internal sealed partial class OaiIdentifiers(PublicUris uris)
{
    public string Namespace { get; } = new Uri(uris.Base).Host;

    public string Prefix => $"oai:{Namespace}:object:";

    /// <summary>An example for Identify's oai-identifier description.</summary>
    public string Sample => Prefix + "42";

    /// <summary>Whether the namespace is a domain name the oai-identifier scheme allows (an IP address is not).</summary>
    public bool NamespaceIsDomainName => DomainName().IsMatch(Namespace);

    public string Object(long id) => Prefix + id.ToString(CultureInfo.InvariantCulture);

    public long? Parse(string identifier) =>
        identifier.StartsWith(Prefix, StringComparison.Ordinal)
        && identifier.Length > Prefix.Length && identifier.Length - Prefix.Length <= 18
        && identifier[Prefix.Length..].All(char.IsAsciiDigit)
        && long.TryParse(identifier.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$")]
    private static partial Regex DomainName();
}
