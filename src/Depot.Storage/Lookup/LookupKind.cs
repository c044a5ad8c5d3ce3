namespace Depot.Storage.Lookup;

/// <summary>The authority records a picker can choose from.</summary>
public enum LookupKind
{
    Concept,
    Agent,
    Place,
    Location,
}

/// <summary>One match: the record, its label in the asked language, and a hint that tells look-alikes apart.</summary>
public sealed record LookupOption(long Id, string Label, string Detail = "");

/// <summary>Matches, and whether they had to come from every thesaurus because the field's own had none.</summary>
public sealed record LookupResult(IReadOnlyList<LookupOption> Options, bool FromAllThesauri = false);

/// <summary>Where a new concept for a field would go: the thesaurus for the field's purpose, else a general one.</summary>
public sealed record LookupTarget(long SchemeId, string TitleNl, string TitleEn)
{
    public string Title(string language) => language == "en" && TitleEn.Length > 0 ? TitleEn : TitleNl;
}
