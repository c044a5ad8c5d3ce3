using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;

namespace Depot.Web.Pages.Objects;

/// <summary>The repeatable groups of the object form: add a row, remove a row, drop blank rows.</summary>
public sealed partial class ObjectForm
{
    /// <summary>Group names as the "add another" and "remove" buttons post them.</summary>
    public static readonly IReadOnlyList<string> Groups =
        ["titles", "makers", "materials", "techniques", "dimensions", "subjects", "depictedAgents", "depictedPlaces", "inscriptions"];

    public void AddRow(string group)
    {
        switch (group)
        {
            case "titles": Titles.Add(new TitleRow { Type = Titles.Count == 0 ? TitleType.Preferred : TitleType.Alternate }); break;
            case "makers": Makers.Add(new MakerRow()); break;
            case "materials": Materials.Add(new RefRow()); break;
            case "techniques": Techniques.Add(new RefRow()); break;
            case "dimensions": Dimensions.Add(new DimensionRow()); break;
            case "subjects": Subjects.Add(new SubjectRow()); break;
            case "depictedAgents": DepictedAgents.Add(new RefRow()); break;
            case "depictedPlaces": DepictedPlaces.Add(new RefRow()); break;
            case "inscriptions": Inscriptions.Add(new InscriptionRow()); break;
        }
    }

    public void RemoveRow(string group, int index)
    {
        static void Remove<T>(List<T> rows, int i)
        {
            if (i >= 0 && i < rows.Count) rows.RemoveAt(i);
        }
        switch (group)
        {
            case "titles": Remove(Titles, index); break;
            case "makers": Remove(Makers, index); break;
            case "materials": Remove(Materials, index); break;
            case "techniques": Remove(Techniques, index); break;
            case "dimensions": Remove(Dimensions, index); break;
            case "subjects": Remove(Subjects, index); break;
            case "depictedAgents": Remove(DepictedAgents, index); break;
            case "depictedPlaces": Remove(DepictedPlaces, index); break;
            case "inscriptions": Remove(Inscriptions, index); break;
        }
    }

    public int Count(string group) => group switch
    {
        "titles" => Titles.Count,
        "makers" => Makers.Count,
        "materials" => Materials.Count,
        "techniques" => Techniques.Count,
        "dimensions" => Dimensions.Count,
        "subjects" => Subjects.Count,
        "depictedAgents" => DepictedAgents.Count,
        "depictedPlaces" => DepictedPlaces.Count,
        "inscriptions" => Inscriptions.Count,
        _ => 0,
    };

    /// <summary>Drops blank rows, so the row numbers in the store's messages match the rows shown again.</summary>
    public void Compact()
    {
        Titles.RemoveAll(r => r.IsBlank);
        Makers.RemoveAll(r => r.IsBlank);
        Materials.RemoveAll(r => r.IsBlank);
        Techniques.RemoveAll(r => r.IsBlank);
        Dimensions.RemoveAll(r => r.IsBlank);
        Subjects.RemoveAll(r => r.IsBlank);
        DepictedAgents.RemoveAll(r => r.IsBlank);
        DepictedPlaces.RemoveAll(r => r.IsBlank);
        Inscriptions.RemoveAll(r => r.IsBlank);
    }

    /// <summary>An empty group shows one blank row to type into; "add another" adds more.</summary>
    public void EnsureOneRowPerGroup()
    {
        foreach (var group in Groups)
            if (Count(group) == 0) AddRow(group);
    }

    /// <summary>The object as far as the form fills it in (blank rows left out), to tell how complete it is.</summary>
    public CollectionObject Draft() => new()
    {
        ObjectNumber = ObjectNumber ?? "",
        ObjectNameId = ObjectNameId,
        Titles = Titles.Where(t => !t.IsBlank).Select(t => new Title(t.Text!)).ToList(),
        ShortDescription = ShortDescription ?? "",
        Makers = Makers.Where(m => !m.IsBlank).Select(m => new MakerCredit(m.AgentId!.Value)).ToList(),
        Dating = string.IsNullOrWhiteSpace(DatingText) && DatingEarliest is null && DatingLatest is null ? null : new HistoricalDate(1, 1, DatingText ?? ""),
        MaterialIds = Materials.Where(r => !r.IsBlank).Select(r => r.Id!.Value).ToList(),
        TechniqueIds = Techniques.Where(r => !r.IsBlank).Select(r => r.Id!.Value).ToList(),
        Dimensions = Dimensions.Where(d => !d.IsBlank).Select(d => new Dimension(d.Type ?? "", 1, d.Unit ?? "")).ToList(),
        ConditionId = ConditionId,
        Acquisition = new(AcquisitionMethodId, AcquisitionSourceId, string.IsNullOrWhiteSpace(AcquisitionDate) ? null : DateOnly.MinValue),
        CurrentLocationId = CurrentLocationId,
        Subjects = Subjects.Where(s => !s.IsBlank).Select(s => new SubjectReference(s.Kind, s.Id!.Value))
            .Concat(DepictedAgents.Concat(DepictedPlaces).Where(r => !r.IsBlank).Select(r => new SubjectReference(SubjectKind.DepictedAgent, r.Id!.Value))).ToList(),
    };
}
