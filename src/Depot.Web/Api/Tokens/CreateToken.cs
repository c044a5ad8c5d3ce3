using Depot.Core.Identity;
using Depot.Core.Validation;
using Depot.Web.Api.Access;
using Depot.Web.Identity;

namespace Depot.Web.Api.Tokens;

public static class CreateToken
{
    public static void Map(RouteGroupBuilder tokens) =>
        tokens.MapPost("", async (CreateTokenInput body, HttpContext http, ApiTokens store, CancellationToken ct) =>
            {
                var scope = http.Organisation();
                var role = body.Role ?? OrganisationRole.Registrar;
                if (!Enum.IsDefined(role))
                    throw new ValidationFailedException([new FieldError("role", "role.unknown",
                        "Kies als rol viewer, registrar of organisationAdmin.", "Choose viewer, registrar or organisationAdmin as the role.")]);
                var (token, secret) = await store.CreateAsync(scope.OrganisationId, body.Name ?? "", role, scope.Actor.UserId, ct);
                return TypedResults.Created($"/api/v1/organisations/{scope.Slug}/tokens/{token.Id}", new CreatedTokenOutput(TokenOutput.From(token), secret));
            })
            .WithName("CreateToken")
            .WithSummary("Creates an API token for this organisation; the secret in the answer is shown this once only.")
            .Accepts<CreateTokenInput>("application/json")
            .Produces<CreatedTokenOutput>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
