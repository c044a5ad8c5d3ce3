using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Depot.Storage.Database;

/// <summary>The one JSON shape Depot uses for record bodies, snapshots and job payloads.</summary>
public static class DepotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Empty JSON for {typeof(T).Name}.");
}

/// <summary>Stores a value (a list of titles, a dating) as JSON text in one column, the same on every engine.</summary>
internal sealed class JsonColumnConverter<T>() : ValueConverter<T, string>(
    v => DepotJson.Serialize(v),
    s => DepotJson.Deserialize<T>(s));

internal sealed class JsonColumnComparer<T>() : ValueComparer<T>(
    (a, b) => DepotJson.Serialize(a) == DepotJson.Serialize(b),
    v => DepotJson.Serialize(v).GetHashCode(StringComparison.Ordinal),
    v => DepotJson.Deserialize<T>(DepotJson.Serialize(v)));
