using Depot.Web.Api.Access;
using Depot.Web.Identity;

namespace Depot.Web.Api.Tokens;

public static class ListTokens
{
    public static void Map(RouteGroupBuilder tokens) =>
        tokens.MapGet("", async (HttpContext http, ApiTokens store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListAsync(http.Organisation().OrganisationId, ct)).Select(TokenOutput.From).ToList()))
            .WithName("ListTokens")
            .WithSummary("Lists the organisation's API tokens (never their secrets).")
            .Produces<List<TokenOutput>>();
}
