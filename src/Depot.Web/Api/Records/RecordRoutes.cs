using Depot.Core;
using Depot.Web.Api.History;

namespace Depot.Web.Api.Records;

public static class RecordRoutes
{
    /// <summary>Maps the shared endpoints of one record type under <c>/organisations/{org}/{path}</c>.</summary>
    public static RouteGroupBuilder MapRecords<TRecord, TInput, TOutput>(this RouteGroupBuilder org, RecordApi<TRecord, TInput, TOutput> api, bool withList = true)
        where TRecord : class, IVersionedRecord
        where TInput : IRecordInput
    {
        var group = org.MapGroup("/" + api.Path).WithTags(api.Tag);
        if (withList) ListRecords.Map(group, api);
        GetRecord.Map(group, api);
        CreateRecord.Map(group, api);
        UpdateRecord.Map(group, api);
        DeleteRecord.Map(group, api);
        UndeleteRecord.Map(group, api);
        ListVersions.Map(group, api);
        GetVersion.Map(group, api);
        RestoreVersion.Map(group, api);
        return group;
    }
}
