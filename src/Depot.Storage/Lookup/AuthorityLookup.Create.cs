using Depot.Core.Registration.Authorities;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Lookup;

public sealed partial class AuthorityLookup
{
    /// <summary>The thesaurus a new term for a field goes into: the first with the field's purpose, else the first general one.</summary>
    public async Task<LookupTarget?> TargetAsync(long organisationId, ThesaurusPurpose? purpose, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var schemes = await db.ConceptSchemes.Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Id).ToListAsync(ct);
        var scheme = schemes.FirstOrDefault(s => purpose is not null && s.Purpose == purpose)
            ?? schemes.FirstOrDefault(s => s.Purpose == ThesaurusPurpose.General);
        return scheme is null ? null : new LookupTarget(scheme.Id, scheme.TitleNl, scheme.TitleEn);
    }

    /// <summary>
    /// Creates the missing agent, place or concept named <paramref name="label"/> through the record
    /// store (versioned, validated) and returns it as an option. Locations are not made from a picker:
    /// they belong in the location tree. An existing record with exactly this label is reused.
    /// </summary>
    public async Task<LookupOption?> CreateAsync(RecordStore records, long organisationId, LookupKind kind, string label,
        ThesaurusPurpose? purpose, string language, Actor actor, CancellationToken ct)
    {
        label = (label ?? "").Trim();
        if (label.Length == 0 || kind == LookupKind.Location) return null;
        var existing = (await SearchAsync(organisationId, kind, label, purpose, language, ct, 50)).Options
            .FirstOrDefault(o => string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase));
        if (existing is not null) return existing;
        switch (kind)
        {
            case LookupKind.Agent:
                var agent = await records.CreateAsync(organisationId, new Agent { Name = label, Kind = AgentKind.Person }, actor, ct, "created from a picker");
                return new LookupOption(agent.Id, agent.Name);
            case LookupKind.Place:
                var place = await records.CreateAsync(organisationId, new Place { Name = label }, actor, ct, "created from a picker");
                return new LookupOption(place.Id, place.Name);
            default:
                var target = await TargetAsync(organisationId, purpose, ct);
                if (target is null) return null;
                var concept = await records.CreateAsync(organisationId,
                    new Concept { SchemeId = target.SchemeId, PrefLabelNl = label, PrefLabelEn = language == "en" ? label : "" },
                    actor, ct, "created from a picker");
                return new LookupOption(concept.Id, concept.Label(language), target.Title(language));
        }
    }
}
