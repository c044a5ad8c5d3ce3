using Microsoft.AspNetCore.Routing;

namespace Depot.Publishing.Ldes;

/// <summary>Linked Data Event Streams per organisation and for the sector (/ldes/…).</summary>
internal static class LdesEndpoints
{
    // Contract placeholder: the Ldes branch fills this in.
    public static IEndpointRouteBuilder MapLdes(this IEndpointRouteBuilder app) => app;
}
