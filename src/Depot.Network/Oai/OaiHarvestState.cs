using System.Globalization;
using System.Text.Json;
using Depot.Core.Network;
using Depot.Storage.Database;

namespace Depot.Network.Oai;

/// <summary>
/// Where an OAI-PMH harvest stands, saved with every page (<see cref="HarvestSource.State"/>).
/// <paramref name="From"/>: the datestamp a new list starts from (the newest one of the last complete list;
/// null before the first). <paramref name="Token"/>: the resumption token of the next page of a list in
/// progress. <paramref name="Horizon"/>: the newest datestamp seen in that list, which becomes
/// <paramref name="From"/> once it is complete. <paramref name="Prefix"/> and <paramref name="Set"/>:
/// what the list asks for — when the source's format or set changes, the harvest starts over.
/// </summary>
internal sealed record OaiHarvestState(string Prefix, string Set, string? From = null, string? Token = null, string? Horizon = null)
{
    public static OaiHarvestState Read(HarvestSource source)
    {
        var fresh = new OaiHarvestState(source.MetadataFormat, source.SetSpec);
        if (string.IsNullOrWhiteSpace(source.State)) return fresh;
        try
        {
            var saved = DepotJson.Deserialize<OaiHarvestState>(source.State);
            return saved.Prefix == fresh.Prefix && saved.Set == fresh.Set ? saved : fresh;
        }
        catch (JsonException)
        {
            // A state another harvester kind left (the source's kind was changed): start over.
            return fresh;
        }
    }

    public string ToJson() => DepotJson.Serialize(this);

    /// <summary>After a page: the list goes on at <paramref name="token"/>, or, when it is empty, the list is complete.</summary>
    public OaiHarvestState After(string token, string? newest)
    {
        var horizon = Later(Horizon, newest);
        return token.Length > 0
            ? this with { Token = token, Horizon = horizon }
            : this with { From = Later(From, horizon), Token = null, Horizon = null };
    }

    /// <summary>The server forgot the token (<c>badResumptionToken</c>): list again from <see cref="From"/>; pages already written stay.</summary>
    public OaiHarvestState Restart() => this with { Token = null };

    /// <summary>The later of two datestamps (either may be null).</summary>
    public static string? Later(string? a, string? b) =>
        a is null ? b : b is null ? a : Parse(b) > Parse(a) ? b : a;

    /// <summary>A datestamp, <c>YYYY-MM-DD</c> or <c>YYYY-MM-DDThh:mm:ssZ</c> (fractions tolerated); DateTimeOffset.MinValue when unreadable.</summary>
    public static DateTimeOffset Parse(string datestamp) =>
        DateTimeOffset.TryParse(datestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value : DateTimeOffset.MinValue;

    /// <summary><paramref name="datestamp"/> as a <c>from</c> argument at the repository's granularity.</summary>
    public static string FromArgument(string datestamp, bool dayGranularity)
    {
        var value = Parse(datestamp);
        if (value == DateTimeOffset.MinValue) return datestamp;
        return value.UtcDateTime.ToString(dayGranularity ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
