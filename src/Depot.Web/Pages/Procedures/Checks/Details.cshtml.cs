using Depot.Core.Procedures;
using Depot.Storage.Database;
using Depot.Storage.Procedures;
using Depot.Storage.Records;
using Depot.Web.Localisation;

namespace Depot.Web.Pages.Procedures.Checks;

/// <summary>A condition check has no status flow: nothing to move.</summary>
public sealed class DetailsModel(DepotDatabase database, ProcedureQueries queries, RecordStore records, UiText text)
    : ProcedureDetailsModel<ConditionCheck>(database, queries, records, text)
{
    protected override bool Move(ConditionCheck record, string status, DateOnly? happenedOn) => false;
}
