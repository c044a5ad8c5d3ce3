using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Depot.Core;

namespace Depot.Storage.Search;

/// <summary>
/// Where the next page starts: the sort key and id of the last hit (keyset paging), or an offset
/// when hits are ordered by relevance. Opaque to callers: base64url of a small JSON object.
/// </summary>
internal sealed record SearchCursor(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] string? Key,
    [property: JsonPropertyName("i")] long Id,
    [property: JsonPropertyName("o")] int Offset)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    /// <summary>Reads a cursor made for the same sort; anything else is refused rather than guessed at.</summary>
    public static SearchCursor? Decode(string? cursor, string sort)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        SearchCursor? read;
        try
        {
            read = JsonSerializer.Deserialize<SearchCursor>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            read = null;
        }
        if (read is null || read.Sort != sort || read.Offset < 0) throw Invalid();
        return read;
    }

    public static DomainException Invalid() => new("search.cursorInvalid",
        "Deze paginacursor is ongeldig of hoort bij een andere sortering; begin opnieuw bij de eerste pagina.",
        "This page cursor is invalid or belongs to another sort order; start again from the first page.");
}
