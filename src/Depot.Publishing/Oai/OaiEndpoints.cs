using Microsoft.AspNetCore.Routing;

namespace Depot.Publishing.Oai;

/// <summary>OAI-PMH 2.0 at /oai.</summary>
internal static class OaiEndpoints
{
    // Contract placeholder: the Oai branch fills this in.
    public static IEndpointRouteBuilder MapOai(this IEndpointRouteBuilder app) => app;
}
