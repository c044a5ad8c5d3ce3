using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Entries;

public sealed class DetailsModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureDetailsModel<ObjectEntry>(database, queries, records, text)
{
    protected override bool Move(ObjectEntry entry, string status, DateOnly? happenedOn)
    {
        if (!Enum.TryParse<EntryStatus>(status, out var to)) return false;
        entry.Status = to;
        return true;
    }
}
