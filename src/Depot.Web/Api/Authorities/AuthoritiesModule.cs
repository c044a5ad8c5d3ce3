using Depot.Web.Api.Records;

namespace Depot.Web.Api.Authorities;

public static class AuthoritiesModule
{
    public static RouteGroupBuilder MapAuthorities(this RouteGroupBuilder org)
    {
        org.MapRecords(AgentsApi.Descriptor);
        org.MapRecords(PlacesApi.Descriptor);
        org.MapRecords(ConceptsApi.Descriptor);
        ConceptSchemes.Map(org);
        MergesApi.Map(org);
        return org;
    }
}
