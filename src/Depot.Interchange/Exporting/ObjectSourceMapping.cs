using System.Globalization;
using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Exporting;

/// <summary>A stored object as a <see cref="SourceRecord"/>: references become labels with their external ids.</summary>
internal static class ObjectSourceMapping
{
    public static SourceRecord ToSource(CollectionObject o, long position, ExportLookups lookups)
    {
        SourceTerm? Term(long? id) => id is long i && lookups.Concepts.TryGetValue(i, out var c) ? ToTerm(c) : null;
        SourceAgent? Agent(long? id) => id is long i && lookups.Agents.TryGetValue(i, out var a) ? ToAgent(a) : null;
        List<SourceTerm> Terms(IEnumerable<long> ids) => [.. ids.Select(i => Term(i)).OfType<SourceTerm>()];

        var source = new SourceObject
        {
            ObjectNumber = o.ObjectNumber,
            Titles = o.Titles,
            ObjectName = Term(o.ObjectNameId),
            ShortDescription = o.ShortDescription,
            NumberOfParts = o.NumberOfParts,
            Makers = [.. o.Makers.Select(m => Agent(m.AgentId) is { } a ? new SourceMaker(a, m.Role, m.Qualifier) : null).OfType<SourceMaker>()],
            Dating = o.Dating,
            Materials = Terms(o.MaterialIds),
            Techniques = Terms(o.TechniqueIds),
            Dimensions = o.Dimensions,
            Condition = Term(o.ConditionId),
            ConditionNote = o.ConditionNote,
            Acquisition = o.Acquisition is { } acq ? new SourceAcquisition(Term(acq.MethodId), Agent(acq.SourceAgentId), acq.Date, acq.Note) : null,
            CurrentLocation = o.CurrentLocationId is long l && lookups.Locations.TryGetValue(l, out var location)
                ? (location.Code.Length > 0 ? location.Code : location.Name) : "",
            Subjects = [.. o.Subjects.Select(s => Subject(s, lookups)).OfType<SourceSubject>()],
            Inscriptions = o.Inscriptions,
            Rights = o.Rights,
        };
        return new SourceRecord(o.Id.ToString(CultureInfo.InvariantCulture), position, null, source, [], []);
    }

    /// <summary>The Dutch label (English when there is no Dutch one) and every id: the concept's own URI and its exact matches.</summary>
    public static SourceTerm ToTerm(Concept c)
    {
        var ids = new List<string>();
        if (c.Uri.Length > 0) ids.Add(c.Uri);
        ids.AddRange(c.ExactMatches.Where(m => m.Length > 0 && !ids.Contains(m)));
        return c.PrefLabelNl.Length > 0 ? new SourceTerm(c.PrefLabelNl, "nl", ids) : new SourceTerm(c.PrefLabelEn, "en", ids);
    }

    public static SourceAgent ToAgent(Agent a) => new(a.Name, a.Kind, a.ExternalIds, a.Birth, a.Death);

    private static SourceSubject? Subject(SubjectReference s, ExportLookups lookups) => s.Kind switch
    {
        SubjectKind.DepictedAgent => lookups.Agents.TryGetValue(s.RecordId, out var a) ? new SourceSubject(s.Kind, Agent: ToAgent(a)) : null,
        SubjectKind.DepictedPlace => lookups.Places.TryGetValue(s.RecordId, out var p) ? new SourceSubject(s.Kind, Place: new SourcePlace(p.Name, p.ExternalIds)) : null,
        _ => lookups.Concepts.TryGetValue(s.RecordId, out var c) ? new SourceSubject(s.Kind, Term: ToTerm(c)) : null,
    };
}
