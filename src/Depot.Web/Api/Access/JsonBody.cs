using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Depot.Web.Api.Access;

/// <summary>
/// Reads a JSON request body for the shared record endpoints, whose body type is a type
/// parameter (the route-handler analyzer cannot follow generic handler parameters). Same rules
/// as minimal API binding: JSON content type only (415 otherwise), unreadable JSON is 400.
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
            throw new BadHttpRequestException("Expected a JSON body.", StatusCodes.Status415UnsupportedMediaType);
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, options, ct)
                ?? throw new BadHttpRequestException("The body is empty.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }
}
