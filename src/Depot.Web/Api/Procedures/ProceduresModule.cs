using Depot.Core.Procedures;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Procedures;

/// <summary>
/// The Spectrum procedures under the organisation: each is a versioned record with the shared
/// endpoints (list, read, create, change, delete, history) plus a status move.
/// </summary>
public static class ProceduresModule
{
    public static RouteGroupBuilder MapProcedures(this RouteGroupBuilder org)
    {
        ChangeStatus.Map(org.MapRecords(ObjectEntriesApi.Descriptor), ObjectEntriesApi.Descriptor,
            (ObjectEntry e, EntryStatus status, DateOnly? _) => e.Status = status);
        ChangeStatus.Map(org.MapRecords(AcquisitionsApi.Descriptor), AcquisitionsApi.Descriptor,
            (ObjectAcquisition a, AcquisitionStatus status, DateOnly? date) =>
            {
                a.Status = status;
                if (status == AcquisitionStatus.Completed && date is not null) a.Date = date;
            });
        ChangeStatus.Map(org.MapRecords(LoansApi.Descriptor), LoansApi.Descriptor, (Loan l, LoanStatus status, DateOnly? date) => LoansApi.Move(l, status, date));
        org.MapRecords(ConditionChecksApi.Descriptor);
        ChangeStatus.Map(org.MapRecords(ObjectExitsApi.Descriptor), ObjectExitsApi.Descriptor,
            (ObjectExit x, ExitStatus status, DateOnly? date) =>
            {
                x.Status = status;
                if (status == ExitStatus.Completed && date is not null) x.ExitDate = date;
            });
        return org;
    }

    internal static List<long> Ids(IReadOnlyList<long>? ids) => [.. (ids ?? []).Distinct()];
}
