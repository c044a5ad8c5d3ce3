using Depot.Core.Registration.Objects;
using Depot.Core.Validation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Records;

/// <summary>The object rules that need the database: a unique number and references that exist in the organisation.</summary>
internal static class ObjectValidation
{
    public static async Task ValidateAsync(DepotDbContext db, long organisationId, CollectionObject o, CancellationToken ct)
    {
        var errors = CollectionObjectRules.Validate(o).ToList();
        if (!string.IsNullOrWhiteSpace(o.ObjectNumber) &&
            await db.Objects.AnyAsync(x => x.OrganisationId == organisationId && x.ObjectNumber == o.ObjectNumber && x.Id != o.Id, ct))
            errors.Add(DuplicateNumber(o.ObjectNumber));

        await CheckConcepts(db, organisationId, errors, ct,
            ("objectName", Maybe(o.ObjectNameId)),
            ("materials", o.MaterialIds),
            ("techniques", o.TechniqueIds),
            ("condition", Maybe(o.ConditionId)),
            ("acquisition.method", Maybe(o.Acquisition?.MethodId)),
            ("subjects", o.Subjects.Where(s => s.Kind is SubjectKind.MainMotif or SubjectKind.DepictedConcept).Select(s => s.RecordId).ToList()));

        var agentIds = o.Makers.Select(m => m.AgentId)
            .Concat(Maybe(o.Acquisition?.SourceAgentId))
            .Concat(o.Subjects.Where(s => s.Kind == SubjectKind.DepictedAgent).Select(s => s.RecordId)).Distinct().ToList();
        var knownAgents = await db.Agents.Where(a => a.OrganisationId == organisationId && !a.IsDeleted && agentIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        foreach (var missing in agentIds.Except(knownAgents))
            errors.Add(new FieldError("makers", "agent.unknown",
                $"Persoon of organisatie {missing} bestaat niet in deze organisatie. Kies een bestaande of maak ze eerst aan.",
                $"Agent {missing} does not exist in this organisation. Pick an existing one or create it first."));

        var placeIds = o.Subjects.Where(s => s.Kind == SubjectKind.DepictedPlace).Select(s => s.RecordId).Distinct().ToList();
        var knownPlaces = await db.Places.Where(p => p.OrganisationId == organisationId && !p.IsDeleted && placeIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var missing in placeIds.Except(knownPlaces))
            errors.Add(new FieldError("subjects", "place.unknown",
                $"Plaats {missing} bestaat niet in deze organisatie.", $"Place {missing} does not exist in this organisation."));

        var locationIds = Maybe(o.CurrentLocationId).Concat(Maybe(o.PermanentLocationId)).Distinct().ToList();
        var knownLocations = await db.Locations.Where(l => l.OrganisationId == organisationId && !l.IsDeleted && locationIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        foreach (var missing in locationIds.Except(knownLocations))
            errors.Add(new FieldError(o.CurrentLocationId == missing ? "currentLocation" : "permanentLocation", "location.unknown",
                $"Standplaats {missing} bestaat niet in deze organisatie.", $"Location {missing} does not exist in this organisation."));

        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    public static FieldError DuplicateNumber(string number) => new("objectNumber", "objectNumber.duplicate",
        $"Objectnummer ‘{number}’ is al in gebruik in deze organisatie. Kies een ander nummer.",
        $"Object number ‘{number}’ is already used in this organisation. Choose another number.");

    private static List<long> Maybe(long? id) => id is long v ? [v] : [];

    private static async Task CheckConcepts(DepotDbContext db, long organisationId, List<FieldError> errors, CancellationToken ct,
        params (string Field, List<long> Ids)[] groups)
    {
        var all = groups.SelectMany(g => g.Ids).Distinct().ToList();
        if (all.Count == 0) return;
        var known = (await db.Concepts.Where(c => c.OrganisationId == organisationId && !c.IsDeleted && all.Contains(c.Id))
            .Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        foreach (var (field, ids) in groups)
            foreach (var missing in ids.Where(id => !known.Contains(id)).Distinct())
                errors.Add(new FieldError(field, "concept.unknown",
                    $"Term {missing} bestaat niet in de thesauri van deze organisatie. Kies een term uit de lijst.",
                    $"Term {missing} does not exist in this organisation's thesauri. Pick a term from the list."));
    }
}
