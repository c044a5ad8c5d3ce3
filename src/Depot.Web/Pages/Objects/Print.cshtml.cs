using Depot.Core.Registration.Objects;
using Depot.Storage.Movements;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

/// <summary>The object record sheet: the record's sections and its recent moves, laid out for paper.</summary>
public sealed class PrintModel(RecordStore records, ObjectLookups lookups, MovementStore movements, UiText text, TimeProvider clock) : OrganisationPageModel
{
    /// <summary>The sheet lists this many of the latest moves; the object page has the whole history.</summary>
    public const int Moves = 10;

    [FromRoute]
    public long Id { get; set; }

    public ObjectView View { get; private set; } = null!;

    public IReadOnlyList<Depot.Core.Movements.Movement> RecentMoves { get; private set; } = [];

    public LookupSet MoveLabels { get; private set; } = null!;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await records.FindAsync<CollectionObject>(OrganisationId, Id, ct);
        if (found is null) return Missing();
        View = new ObjectView(found, await lookups.LoadAsync(OrganisationId, found, text.Code, ct), Grant.Organisation.Name);
        RecentMoves = [.. (await movements.ForObjectAsync(OrganisationId, Id, ct)).Take(Moves)];
        var places = new ObjectReferences();
        foreach (var m in RecentMoves) ObjectReferences.AddIf(places.Locations, m.FromLocationId, m.ToLocationId);
        MoveLabels = await lookups.LoadAsync(OrganisationId, places, text.Code, ct);
        return Page();
    }
}
