using Depot.Core.Registration.Authorities;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;
using Depot.Storage.Importing;

namespace Depot.Interchange.Importing;

/// <summary>
/// Turns a source record into a <see cref="CollectionObject"/> of the organisation: references by
/// label and id become authority ids (new ones join the batch), fields Depot has no place for stay
/// verbatim as <see cref="SourceField"/>s. Classifications become main subjects (Hoofdmotief),
/// so their thesaurus ids survive and they are searchable and faceted.
/// </summary>
internal static class RecordMapper
{
    /// <summary>The object's own rules, checked before any authority is resolved so a refused record creates nothing.</summary>
    public static IEnumerable<SourceIssue> Check(SourceObject s)
    {
        var bare = new CollectionObject
        {
            ObjectNumber = s.ObjectNumber.Trim(), Titles = [.. s.Titles], NumberOfParts = s.NumberOfParts, Dimensions = [.. s.Dimensions],
            Acquisition = s.Acquisition is { } a ? new Acquisition(null, null, a.Date, a.Note) : null,
        };
        return CollectionObjectRules.Validate(bare).Select(e => new SourceIssue(IssueSeverity.Error, e.Field, e.MessageNl, e.MessageEn));
    }

    public static CollectionObject Map(SourceRecord record, AuthorityResolver authorities, ImportBatch batch, List<SourceIssue> issues)
    {
        var s = record.Object;
        var kept = record.Kept.Select(k => new SourceField(k.Path, k.Value, k.Language)).ToList();
        var makers = new List<MakerCredit>();
        foreach (var m in s.Makers)
            if (authorities.Agent(m.Agent, batch) is long agent)
            {
                var credit = new MakerCredit(agent, m.Role.Trim(), m.Qualifier.Trim());
                if (makers.Exists(x => x.AgentId == agent && x.Role == credit.Role)) continue; // The same maker twice in one role says nothing more.
                makers.Add(credit);
            }

        long? location = null;
        if (s.CurrentLocation.Trim().Length > 0)
        {
            location = authorities.Location(s.CurrentLocation);
            if (location is null)
            {
                kept.Add(new SourceField("currentLocation", s.CurrentLocation.Trim()));
                issues.Add(new SourceIssue(IssueSeverity.Warning, "currentLocation",
                    $"Standplaats ‘{s.CurrentLocation.Trim()}’ bestaat niet in Depot; de waarde is bewaard bij het object.",
                    $"Location ‘{s.CurrentLocation.Trim()}’ does not exist in Depot; the value is kept with the object."));
            }
        }

        return new CollectionObject
        {
            ObjectNumber = s.ObjectNumber.Trim(),
            ObjectNameId = authorities.Concept(s.ObjectName, ThesaurusPurpose.ObjectName, batch),
            Titles = [.. s.Titles],
            ShortDescription = s.ShortDescription,
            NumberOfParts = s.NumberOfParts,
            Makers = makers,
            Dating = s.Dating,
            MaterialIds = Concepts(s.Materials, ThesaurusPurpose.Material, authorities, batch),
            TechniqueIds = Concepts(s.Techniques, ThesaurusPurpose.Technique, authorities, batch),
            Dimensions = [.. s.Dimensions],
            ConditionId = authorities.Concept(s.Condition, ThesaurusPurpose.Condition, batch),
            ConditionNote = s.ConditionNote,
            Acquisition = s.Acquisition is { } a
                ? new Acquisition(authorities.Concept(a.Method, ThesaurusPurpose.AcquisitionMethod, batch), authorities.Agent(a.Source, batch), a.Date, a.Note)
                : null,
            CurrentLocationId = location,
            Subjects = Subjects(s, authorities, batch),
            Inscriptions = [.. s.Inscriptions],
            Rights = s.Rights,
            SourceFields = kept,
        };
    }

    private static List<long> Concepts(IEnumerable<SourceTerm> terms, ThesaurusPurpose purpose, AuthorityResolver authorities, ImportBatch batch) =>
        [.. terms.Select(t => authorities.Concept(t, purpose, batch)).OfType<long>().Distinct()];

    private static List<SubjectReference> Subjects(SourceObject s, AuthorityResolver authorities, ImportBatch batch)
    {
        var subjects = new List<SubjectReference>();
        void Add(SubjectKind kind, long? id)
        {
            if (id is long v && !subjects.Contains(new SubjectReference(kind, v))) subjects.Add(new SubjectReference(kind, v));
        }
        foreach (var c in s.Classifications) Add(SubjectKind.MainMotif, authorities.Concept(c, ThesaurusPurpose.Subject, batch));
        foreach (var subject in s.Subjects)
            Add(subject.Kind, subject.Kind switch
            {
                SubjectKind.DepictedAgent => authorities.Agent(subject.Agent, batch),
                SubjectKind.DepictedPlace => authorities.Place(subject.Place, batch),
                _ => authorities.Concept(subject.Term, ThesaurusPurpose.Subject, batch),
            });
        return subjects;
    }
}
