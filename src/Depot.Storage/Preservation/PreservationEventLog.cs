using Depot.Core.Preservation;
using Depot.Storage.Database;

namespace Depot.Storage.Preservation;

/// <summary>Adds PREMIS events to a unit of work, so an event is saved with the change it records or not at all.</summary>
public static class PreservationEventLog
{
    /// <summary>Adds one event for one file (saved with the context's next <c>SaveChanges</c>).</summary>
    public static PreservationEvent Record(DepotDbContext db, DigitalFile file, PreservationEventType type, EventOutcome outcome,
        string detail, string agent, DateTimeOffset at, string store = "", long? auditId = null)
    {
        var e = new PreservationEvent
        {
            EventId = Guid.NewGuid(),
            OrganisationId = file.OrganisationId,
            FileId = file.Id,
            Type = type,
            Outcome = outcome,
            Detail = detail.Length > 2000 ? detail[..2000] : detail,
            Agent = agent.Length > 320 ? agent[..320] : agent,
            At = at,
            Store = store,
            AuditId = auditId,
        };
        db.PreservationEvents.Add(e);
        return e;
    }
}
