using System.Globalization;
using Depot.Core.Registration.Authorities;
using Depot.Storage.Lookup;

namespace Depot.Web.Pages.Objects;

/// <summary>A picker field of the object form: its key (<c>makers-2</c>), the input that carries the id, and what it picks.</summary>
public sealed record PickerField(string Key, string Name, LookupKind Kind, ThesaurusPurpose? Purpose);

/// <summary>Every picker of the object form, addressed by key, so the no-JavaScript search and "create" can find and set it.</summary>
public sealed partial class ObjectForm
{
    public IEnumerable<PickerField> Pickers()
    {
        yield return Describe("objectName")!;
        for (var i = 0; i < Makers.Count; i++) yield return Describe($"makers-{i}")!;
        for (var i = 0; i < Materials.Count; i++) yield return Describe($"materials-{i}")!;
        for (var i = 0; i < Techniques.Count; i++) yield return Describe($"techniques-{i}")!;
        yield return Describe("condition")!;
        yield return Describe("acquisitionMethod")!;
        yield return Describe("acquisitionSource")!;
        yield return Describe("permanentLocation")!;
        for (var i = 0; i < Subjects.Count; i++) yield return Describe($"subjects-{i}")!;
        for (var i = 0; i < DepictedAgents.Count; i++) yield return Describe($"depictedAgents-{i}")!;
        for (var i = 0; i < DepictedPlaces.Count; i++) yield return Describe($"depictedPlaces-{i}")!;
    }

    /// <summary>The picker for <paramref name="key"/>, or null when the form has no such field (or row).</summary>
    public static PickerField? Describe(string key)
    {
        var (group, index) = Split(key);
        var row = index?.ToString(CultureInfo.InvariantCulture);
        return group switch
        {
            "objectName" => new(key, "Form.ObjectNameId", LookupKind.Concept, ThesaurusPurpose.ObjectName),
            "condition" => new(key, "Form.ConditionId", LookupKind.Concept, ThesaurusPurpose.Condition),
            "acquisitionMethod" => new(key, "Form.AcquisitionMethodId", LookupKind.Concept, ThesaurusPurpose.AcquisitionMethod),
            "acquisitionSource" => new(key, "Form.AcquisitionSourceId", LookupKind.Agent, null),
            "permanentLocation" => new(key, "Form.PermanentLocationId", LookupKind.Location, null),
            "makers" when row is not null => new(key, $"Form.Makers[{row}].AgentId", LookupKind.Agent, null),
            "materials" when row is not null => new(key, $"Form.Materials[{row}].Id", LookupKind.Concept, ThesaurusPurpose.Material),
            "techniques" when row is not null => new(key, $"Form.Techniques[{row}].Id", LookupKind.Concept, ThesaurusPurpose.Technique),
            "subjects" when row is not null => new(key, $"Form.Subjects[{row}].Id", LookupKind.Concept, ThesaurusPurpose.Subject),
            "depictedAgents" when row is not null => new(key, $"Form.DepictedAgents[{row}].Id", LookupKind.Agent, null),
            "depictedPlaces" when row is not null => new(key, $"Form.DepictedPlaces[{row}].Id", LookupKind.Place, null),
            _ => null,
        };
    }

    public long? Get(string key)
    {
        var (group, index) = Split(key);
        var i = index ?? -1;
        return group switch
        {
            "objectName" => ObjectNameId,
            "condition" => ConditionId,
            "acquisitionMethod" => AcquisitionMethodId,
            "acquisitionSource" => AcquisitionSourceId,
            "currentLocation" => CurrentLocationId,
            "permanentLocation" => PermanentLocationId,
            "makers" when i >= 0 && i < Makers.Count => Makers[i].AgentId,
            "materials" when i >= 0 && i < Materials.Count => Materials[i].Id,
            "techniques" when i >= 0 && i < Techniques.Count => Techniques[i].Id,
            "subjects" when i >= 0 && i < Subjects.Count => Subjects[i].Id,
            "depictedAgents" when i >= 0 && i < DepictedAgents.Count => DepictedAgents[i].Id,
            "depictedPlaces" when i >= 0 && i < DepictedPlaces.Count => DepictedPlaces[i].Id,
            _ => null,
        };
    }

    public void Set(string key, long? id)
    {
        var (group, index) = Split(key);
        // The row may not have been posted (a blank row is only drawn); make it exist before choosing into it.
        for (var n = Count(group); index is int wanted && wanted < 50 && n <= wanted; n++) AddRow(group);
        var i = index ?? -1;
        switch (group)
        {
            case "objectName": ObjectNameId = id; break;
            case "condition": ConditionId = id; break;
            case "acquisitionMethod": AcquisitionMethodId = id; break;
            case "acquisitionSource": AcquisitionSourceId = id; break;
            case "currentLocation": CurrentLocationId = id; break;
            case "permanentLocation": PermanentLocationId = id; break;
            case "makers" when i >= 0 && i < Makers.Count: Makers[i].AgentId = id; break;
            case "materials" when i >= 0 && i < Materials.Count: Materials[i].Id = id; break;
            case "techniques" when i >= 0 && i < Techniques.Count: Techniques[i].Id = id; break;
            case "subjects" when i >= 0 && i < Subjects.Count: Subjects[i].Id = id; break;
            case "depictedAgents" when i >= 0 && i < DepictedAgents.Count: DepictedAgents[i].Id = id; break;
            case "depictedPlaces" when i >= 0 && i < DepictedPlaces.Count: DepictedPlaces[i].Id = id; break;
        }
    }

    /// <summary>The ids the form points at, to load their labels (and nothing else).</summary>
    public ObjectReferences References()
    {
        var r = new ObjectReferences();
        foreach (var p in Pickers())
        {
            if (Get(p.Key) is not long id) continue;
            (p.Kind switch { LookupKind.Agent => r.Agents, LookupKind.Place => r.Places, LookupKind.Location => r.Locations, _ => r.Concepts }).Add(id);
        }
        // Shown read-only, not picked: still needs its label.
        ObjectReferences.AddIf(r.Locations, CurrentLocationId);
        return r;
    }

    private static (string Group, int? Index) Split(string key)
    {
        var dash = key.LastIndexOf('-');
        return dash > 0 && int.TryParse(key[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? (key[..dash], i) : (key, null);
    }
}
