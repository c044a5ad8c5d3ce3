using Microsoft.AspNetCore.Routing;

namespace Depot.Publishing.LinkedData;

/// <summary>Persistent URIs (/id → 303 → /doc) and OSLO JSON-LD, Turtle and the N-Triples dump.</summary>
internal static class LinkedDataEndpoints
{
    // Contract placeholder: the LinkedData branch fills this in.
    public static IEndpointRouteBuilder MapLinkedData(this IEndpointRouteBuilder app) => app;
}
