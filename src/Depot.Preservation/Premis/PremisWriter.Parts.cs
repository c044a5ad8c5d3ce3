using System.Globalization;
using Depot.Core.Preservation;

namespace Depot.Preservation.Premis;

// The three kinds of entity a depot PREMIS document holds.
public sealed partial class PremisWriter
{
    private void WriteObject(PremisFile item)
    {
        var f = item.File;
        Start("object");
        xml.WriteAttributeString("xsi", "type", Xsi, "premis:file");
        Identifier("object", "local", ObjectIdentifier(f));
        Identifier("object", "urn", "urn:sha256:" + f.Sha256);
        Start("objectCharacteristics");
        Text("compositionLevel", "0");
        Fixity("SHA-256", "sha256", f.Sha256);
        if (f.Md5.Length > 0) Fixity("MD5", "md5", f.Md5);
        Text("size", f.ByteLength.ToString(CultureInfo.InvariantCulture));
        Start("format");
        if (f.FormatName.Length > 0)
        {
            Start("formatDesignation");
            Text("formatName", f.FormatName);
            if (f.FormatVersion.Length > 0) Text("formatVersion", f.FormatVersion);
            End();
        }
        if (f.FormatPuid.Length > 0)
        {
            Start("formatRegistry");
            Text("formatRegistryName", "PRONOM");
            Text("formatRegistryKey", f.FormatPuid);
            Text("formatRegistryRole", "specification");
            End();
        }
        else if (f.FormatName.Length == 0)
        {
            // PREMIS needs a format designation; an unidentified file says so by its media type.
            Start("formatDesignation");
            Text("formatName", f.MediaType.Length > 0 ? f.MediaType : "application/octet-stream");
            End();
        }
        Text("formatNote", $"{f.MediaType}; {(f.IdentificationBasis.Length > 0 ? f.IdentificationBasis : "none")}");
        End();
        End();
        Text("originalName", f.OriginalPath.Length > 0 ? f.OriginalPath : f.FileName);
        foreach (var replica in item.Replicas)
        {
            Start("storage");
            Start("contentLocation");
            Text("contentLocationType", "depot replica store");
            Text("contentLocationValue", $"{replica.Store}:{replica.Sha256}");
            End();
            Text("storageMedium", $"{replica.Store} ({replica.State.ToString().ToLowerInvariant()})");
            End();
        }
        foreach (var e in item.Events)
        {
            Start("linkingEventIdentifier");
            Text("linkingEventIdentifierType", "UUID");
            Text("linkingEventIdentifierValue", e.EventId.ToString());
            End();
        }
        End();
    }

    private void Fixity(string label, string code, string digest)
    {
        Start("fixity");
        Term("messageDigestAlgorithm", label, "cryptographicHashFunctions", PremisVocabulary.HashScheme, code);
        Text("messageDigest", digest);
        Text("messageDigestOriginator", "Depot");
        End();
    }

    private void WriteEvent(DigitalFile file, PreservationEvent e)
    {
        var (label, code) = PremisVocabulary.EventType(e.Type);
        Start("event");
        Identifier("event", "UUID", e.EventId.ToString());
        Term("eventType", label, "eventType", PremisVocabulary.EventTypeScheme, code);
        Text("eventDateTime", Timestamp(e.At));
        var detail = e.Type == PreservationEventType.Repair ? "repair: " + e.Detail : e.Detail;
        if (e.Store.Length > 0) detail = detail.Length > 0 ? $"{detail} (store {e.Store})" : $"store {e.Store}";
        if (detail.Length > 0)
        {
            Start("eventDetailInformation");
            Text("eventDetail", detail);
            End();
        }
        Start("eventOutcomeInformation");
        Text("eventOutcome", PremisVocabulary.Outcome(e.Outcome));
        End();
        var agent = PremisAgent.For(e.Agent);
        Start("linkingAgentIdentifier");
        Text("linkingAgentIdentifierType", agent.IdentifierType);
        Text("linkingAgentIdentifierValue", agent.IdentifierValue);
        Term("linkingAgentRole", agent.IsPerson ? "implementer" : "executing program", "eventRelatedAgentRole",
            PremisVocabulary.AgentRoleScheme, agent.IsPerson ? "imp" : "exe");
        End();
        Start("linkingObjectIdentifier");
        Text("linkingObjectIdentifierType", "local");
        Text("linkingObjectIdentifierValue", ObjectIdentifier(file));
        End();
        End();
    }

    private void WriteAgent(PremisAgent agent)
    {
        Start("agent");
        Identifier("agent", agent.IdentifierType, agent.IdentifierValue);
        Text("agentName", agent.Name);
        Term("agentType", agent.IsPerson ? "person" : "software", "agentType", PremisVocabulary.AgentTypeScheme, agent.IsPerson ? "per" : "sof");
        if (!agent.IsPerson) Text("agentVersion", PremisVocabulary.SoftwareVersion);
        End();
    }
}
