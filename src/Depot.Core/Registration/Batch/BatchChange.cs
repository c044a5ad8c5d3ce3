using System.Globalization;
using System.Text.Json;
using Depot.Core.Registration.Objects;
using Depot.Core.Validation;

namespace Depot.Core.Registration.Batch;

/// <summary>The fields a batch edit can change. Locations are not among them: a move is a movement, not an edit.</summary>
public enum BatchField
{
    ObjectName,
    Material,
    Technique,
    Condition,
    Subject,
    PublicationStatus,
    Licence,
    NumberOfParts,
}

public enum BatchOperation
{
    /// <summary>Replace the field's value (for a list: the list becomes this one value).</summary>
    Set,

    /// <summary>Add the value to a list field (no duplicates).</summary>
    Add,

    /// <summary>Remove the value from a list, or clear a single field that holds exactly this value.</summary>
    Remove,
}

/// <summary>
/// One change applied to many objects: set, add or remove a value of one field. Pure: it reads and
/// changes an object in memory, remembers the field's previous value and can put it back (undo).
/// </summary>
public sealed record BatchChange(BatchField Field, BatchOperation Operation, string Value)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsListField => Field is BatchField.Material or BatchField.Technique or BatchField.Subject;

    /// <summary>Whether the value names a concept (checked against the organisation's thesauri by the store).</summary>
    public bool ValueIsConcept => Field is BatchField.ObjectName or BatchField.Material or BatchField.Technique
        or BatchField.Condition or BatchField.Subject;

    public long? ConceptId => ValueIsConcept && long.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The rules that need no database: which operations a field allows and what its value must look like.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Operation == BatchOperation.Add && !IsListField)
            errors.Add(new FieldError("operation", "batch.addNeedsList",
                "Toevoegen kan alleen bij een veld met meerdere waarden (materiaal, techniek, onderwerp).",
                "Adding works only for a field with several values (material, technique, subject)."));
        if (Field == BatchField.PublicationStatus && Operation != BatchOperation.Set)
            errors.Add(new FieldError("operation", "batch.setOnly", "De publicatiestatus kan alleen ingesteld worden.", "The publication status can only be set."));
        if (ValueIsConcept && ConceptId is null)
            errors.Add(new FieldError("value", "batch.conceptRequired", "Kies een term.", "Choose a term."));
        if (Field == BatchField.PublicationStatus && !Enum.TryParse<PublicationStatus>(Value, true, out _))
            errors.Add(new FieldError("value", "batch.publicationUnknown", "Kies Intern of Publiek.", "Choose Internal or Public."));
        if (Field == BatchField.NumberOfParts && Value.Length > 0 &&
            (!int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parts) || parts < 1))
            errors.Add(new FieldError("value", "numberOfParts.positive", "Het aantal delen is minstens 1.", "The number of parts is at least 1."));
        if (Field == BatchField.Licence && Value.Length > 500)
            errors.Add(new FieldError("value", "batch.tooLong", "Een licentie is hoogstens 500 tekens lang.", "A licence is at most 500 characters long."));
        return errors;
    }

    /// <summary>The field's current value as text, to put it back on undo.</summary>
    public string Capture(CollectionObject o) => Field switch
    {
        BatchField.ObjectName => JsonSerializer.Serialize(o.ObjectNameId, Json),
        BatchField.Material => JsonSerializer.Serialize(o.MaterialIds, Json),
        BatchField.Technique => JsonSerializer.Serialize(o.TechniqueIds, Json),
        BatchField.Condition => JsonSerializer.Serialize(o.ConditionId, Json),
        BatchField.Subject => JsonSerializer.Serialize(o.Subjects, Json),
        BatchField.PublicationStatus => JsonSerializer.Serialize(o.PublicationStatus, Json),
        BatchField.Licence => JsonSerializer.Serialize(o.Rights, Json),
        BatchField.NumberOfParts => JsonSerializer.Serialize(o.NumberOfParts, Json),
        _ => throw new ArgumentOutOfRangeException(nameof(o)),
    };

    /// <summary>Puts back a value taken by <see cref="Capture"/>.</summary>
    public void Restore(CollectionObject o, string captured)
    {
        switch (Field)
        {
            case BatchField.ObjectName: o.ObjectNameId = Read<long?>(captured); break;
            case BatchField.Material: o.MaterialIds = Read<List<long>>(captured) ?? []; break;
            case BatchField.Technique: o.TechniqueIds = Read<List<long>>(captured) ?? []; break;
            case BatchField.Condition: o.ConditionId = Read<long?>(captured); break;
            case BatchField.Subject: o.Subjects = Read<List<SubjectReference>>(captured) ?? []; break;
            case BatchField.PublicationStatus: o.PublicationStatus = Read<PublicationStatus>(captured); break;
            case BatchField.Licence: o.Rights = Read<Rights>(captured) ?? Rights.None; break;
            case BatchField.NumberOfParts: o.NumberOfParts = Read<int?>(captured); break;
            default: throw new ArgumentOutOfRangeException(nameof(o));
        }
    }

    /// <summary>Applies the change; false when the object already had the result (no new version is needed).</summary>
    public bool Apply(CollectionObject o)
    {
        var before = Capture(o);
        switch (Field)
        {
            case BatchField.ObjectName: o.ObjectNameId = Single(o.ObjectNameId); break;
            case BatchField.Condition: o.ConditionId = Single(o.ConditionId); break;
            case BatchField.Material: o.MaterialIds = List(o.MaterialIds); break;
            case BatchField.Technique: o.TechniqueIds = List(o.TechniqueIds); break;
            case BatchField.Subject: o.Subjects = Subjects(o.Subjects); break;
            case BatchField.PublicationStatus: o.PublicationStatus = Enum.Parse<PublicationStatus>(Value, true); break;
            case BatchField.Licence:
                var licence = Operation == BatchOperation.Remove ? (o.Rights.Licence == Value ? "" : o.Rights.Licence) : Value.Trim();
                o.Rights = o.Rights with { Licence = licence };
                break;
            case BatchField.NumberOfParts:
                var parts = Value.Length == 0 ? (int?)null : int.Parse(Value, CultureInfo.InvariantCulture);
                o.NumberOfParts = Operation == BatchOperation.Remove ? (o.NumberOfParts == parts ? null : o.NumberOfParts) : parts;
                break;
            default: throw new ArgumentOutOfRangeException(nameof(o));
        }
        return Capture(o) != before;
    }

    private long? Single(long? current) => Operation == BatchOperation.Remove
        ? (current == ConceptId ? null : current)
        : ConceptId;

    private List<long> List(List<long> current) => Operation switch
    {
        BatchOperation.Set => [ConceptId!.Value],
        BatchOperation.Add => current.Contains(ConceptId!.Value) ? current : [.. current, ConceptId.Value],
        _ => [.. current.Where(id => id != ConceptId)],
    };

    /// <summary>A subject here is a main motif (hoofdmotief): a concept the object is about.</summary>
    private List<SubjectReference> Subjects(List<SubjectReference> current)
    {
        var subject = new SubjectReference(SubjectKind.MainMotif, ConceptId!.Value);
        return Operation switch
        {
            BatchOperation.Set => [.. current.Where(s => s.Kind != SubjectKind.MainMotif), subject],
            BatchOperation.Add => current.Contains(subject) ? current : [.. current, subject],
            _ => [.. current.Where(s => s != subject)],
        };
    }

    private static T? Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);
}
