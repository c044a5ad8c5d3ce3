using Depot.Core;
using Depot.Core.Registration.Authorities;
using Depot.Web.Api.Records;

namespace Depot.Web.Api.Authorities;

public sealed record ConceptInput(
    long SchemeId, string? Uri, string? PrefLabelNl, string? PrefLabelEn, IReadOnlyList<string>? AltLabels, string? ScopeNote,
    long? BroaderId, IReadOnlyList<string>? ExactMatches, int? Version = null) : IRecordInput;

public sealed record ConceptOutput(
    long Id, int Version, long SchemeId, string Uri, string PrefLabelNl, string PrefLabelEn, IReadOnlyList<string> AltLabels, string ScopeNote,
    long? BroaderId, IReadOnlyList<string> ExactMatches, bool IsDeleted, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>Thesaurus terms (SKOS concepts): object names, materials, techniques …</summary>
public static class ConceptsApi
{
    public static readonly RecordApi<Concept, ConceptInput, ConceptOutput> Descriptor = new()
    {
        Path = "concepts",
        Name = "Concept",
        PluralName = "Concepts",
        Tag = "Authorities",
        Type = RecordType.Concept,
        ToRecord = (i, _) => new Concept
        {
            SchemeId = i.SchemeId,
            Uri = i.Uri?.Trim() ?? "",
            PrefLabelNl = i.PrefLabelNl?.Trim() ?? "",
            PrefLabelEn = i.PrefLabelEn?.Trim() ?? "",
            AltLabels = [.. i.AltLabels ?? []],
            ScopeNote = i.ScopeNote ?? "",
            BroaderId = i.BroaderId,
            ExactMatches = [.. i.ExactMatches ?? []],
        },
        ToOutput = c => new ConceptOutput(
            c.Id, c.Version, c.SchemeId, c.Uri, c.PrefLabelNl, c.PrefLabelEn, c.AltLabels, c.ScopeNote, c.BroaderId, c.ExactMatches,
            c.IsDeleted, c.CreatedAt, c.UpdatedAt, c.UpdatedBy),
    };
}
