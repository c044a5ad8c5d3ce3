using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Exits;

public sealed class DetailsModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureDetailsModel<ObjectExit>(database, queries, records, text)
{
    protected override bool Move(ObjectExit x, string status, DateOnly? happenedOn)
    {
        if (!Enum.TryParse<ExitStatus>(status, out var to)) return false;
        x.Status = to;
        if (to == ExitStatus.Completed && x.ExitDate is null) x.ExitDate = happenedOn ?? Today;
        return true;
    }
}
