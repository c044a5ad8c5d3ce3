using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Depot.Publishing.Oai;

/// <summary>
/// A stateless resumption token: the whole list request (format, set, from, until) and the keyset
/// position of the last record sent (its datestamp and id), so any server on the same database
/// — after a restart, or another instance — continues the list exactly where it stopped, with no
/// OFFSET and no server-side session to expire. A check value rejects tokens that were mangled
/// in transit; the token is not secret (everything in it is public anyway).
/// </summary>
internal sealed record ResumptionToken(
    string Verb,
    string MetadataPrefix,
    string? Set,
    string? From,
    string? Until,
    DateTimeOffset AfterDatestamp,
    long AfterId,
    int Cursor,
    int CompleteListSize)
{
    private const string Version = "1";
    private const char Separator = '\n';

    public string Encode()
    {
        var body = string.Join(Separator,
            Version, Verb, MetadataPrefix, Set ?? "", From ?? "", Until ?? "",
            AfterDatestamp.UtcTicks.ToString(CultureInfo.InvariantCulture),
            AfterId.ToString(CultureInfo.InvariantCulture),
            Cursor.ToString(CultureInfo.InvariantCulture),
            CompleteListSize.ToString(CultureInfo.InvariantCulture));
        return Base64Url(Encoding.UTF8.GetBytes(body + Separator + Check(body)));
    }

    /// <summary>The token's request, or null when it is not a token this repository issued for <paramref name="verb"/>.</summary>
    public static ResumptionToken? Decode(string token, string verb)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(FromBase64Url(token)));
        }
        catch (FormatException)
        {
            return null;
        }
        var parts = text.Split(Separator);
        if (parts.Length != 11 || parts[0] != Version || parts[1] != verb) return null;
        if (parts[10] != Check(string.Join(Separator, parts[..10]))) return null;
        var inv = CultureInfo.InvariantCulture;
        if (!long.TryParse(parts[6], NumberStyles.None, inv, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !long.TryParse(parts[7], NumberStyles.None, inv, out var id)
            || !int.TryParse(parts[8], NumberStyles.None, inv, out var cursor)
            || !int.TryParse(parts[9], NumberStyles.None, inv, out var size))
            return null;
        static string? Optional(string s) => s.Length > 0 ? s : null;
        return new ResumptionToken(parts[1], parts[2], Optional(parts[3]), Optional(parts[4]), Optional(parts[5]),
            new DateTimeOffset(ticks, TimeSpan.Zero), id, cursor, size);
    }

    private static string Check(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..12];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string s)
    {
        var t = s.Replace('-', '+').Replace('_', '/');
        return (t.Length % 4) switch { 2 => t + "==", 3 => t + "=", _ => t };
    }
}
