using Depot.Web.Api.Access;
using Depot.Web.Identity;

namespace Depot.Web.Api.Tokens;

public static class RevokeToken
{
    public static void Map(RouteGroupBuilder tokens) =>
        tokens.MapDelete("/{id:long}", async (long id, HttpContext http, ApiTokens store, CancellationToken ct) =>
                await store.RevokeAsync(http.Organisation().OrganisationId, id, ct) ? TypedResults.NoContent() : ApiProblems.NotFound(http))
            .WithName("RevokeToken")
            .WithSummary("Revokes an API token at once; calls with it answer 401 from then on.")
            .Produces(StatusCodes.Status204NoContent);
}
