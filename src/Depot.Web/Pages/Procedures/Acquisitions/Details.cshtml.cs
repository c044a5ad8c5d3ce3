using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Acquisitions;

public sealed class DetailsModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureDetailsModel<ObjectAcquisition>(database, queries, records, text)
{
    protected override bool Move(ObjectAcquisition a, string status, DateOnly? happenedOn)
    {
        if (!Enum.TryParse<AcquisitionStatus>(status, out var to)) return false;
        a.Status = to;
        if (to == AcquisitionStatus.Completed && a.Date is null) a.Date = happenedOn ?? Today;
        return true;
    }
}
