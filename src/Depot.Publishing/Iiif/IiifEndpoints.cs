using Microsoft.AspNetCore.Routing;

namespace Depot.Publishing.Iiif;

/// <summary>IIIF Presentation 3.0 manifests and collections (/iiif/…).</summary>
internal static class IiifEndpoints
{
    // Contract placeholder: the Iiif branch fills this in.
    public static IEndpointRouteBuilder MapIiif(this IEndpointRouteBuilder app) => app;
}
