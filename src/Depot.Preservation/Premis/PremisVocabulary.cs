using System.Reflection;
using Depot.Core.Preservation;

namespace Depot.Preservation.Premis;

/// <summary>The Library of Congress preservation vocabularies (id.loc.gov) the PREMIS export names its terms from.</summary>
internal static class PremisVocabulary
{
    public const string EventTypeScheme = "http://id.loc.gov/vocabulary/preservation/eventType";
    public const string HashScheme = "http://id.loc.gov/vocabulary/preservation/cryptographicHashFunctions";
    public const string AgentRoleScheme = "http://id.loc.gov/vocabulary/preservation/eventRelatedAgentRole";
    public const string AgentTypeScheme = "http://id.loc.gov/vocabulary/preservation/agentType";

    /// <summary>The LOC term (label and code) for each kind of event the depot records.</summary>
    public static (string Label, string Code) EventType(PreservationEventType type) => type switch
    {
        PreservationEventType.Ingestion => ("ingestion", "ing"),
        PreservationEventType.MessageDigestCalculation => ("message digest calculation", "mes"),
        PreservationEventType.FormatIdentification => ("format identification", "for"),
        PreservationEventType.MetadataExtraction => ("metadata extraction", "mee"),
        PreservationEventType.Validation => ("validation", "val"),
        PreservationEventType.Replication => ("replication", "rep"),
        PreservationEventType.FixityCheck => ("fixity check", "fix"),
        // A repair overwrites a corrupt or missing copy with the bytes of a good one: exactly LOC's
        // "replication" ("creating a copy … bit-wise identical to the original"). "recovery" was the
        // other candidate, but it speaks of restoring lost objects, while here the object was never
        // lost: one of its copies was. The event detail starts with "repair" so the two stay apart.
        PreservationEventType.Repair => ("replication", "rep"),
        PreservationEventType.DerivativeCreation => ("creation", "cre"),
        PreservationEventType.Migration => ("migration", "mig"),
        // Deleting a file takes it out of the organisation's inventory while its bytes wait out the
        // grace period: LOC's "deaccession". The purge then removes the bytes from storage: "deletion".
        PreservationEventType.Deletion => ("deaccession", "dea"),
        PreservationEventType.Purge => ("deletion", "del"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No PREMIS event type for this event."),
    };

    public static string EventTypeUri(PreservationEventType type) => $"{EventTypeScheme}/{EventType(type).Code}";

    public static string Outcome(EventOutcome outcome) => outcome switch
    {
        EventOutcome.Success => "success",
        EventOutcome.Failure => "failure",
        EventOutcome.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The depot's version as software agents carry it (the assembly's informational version, without the build hash).</summary>
    public static string SoftwareVersion { get; } =
        (typeof(PremisVocabulary).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
