using Depot.Core.Registration.Objects;
using Depot.Storage.Lookup;
using Depot.Storage.Records;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Objects;

public sealed class CreateModel(RecordStore records, ObjectLookups lookups, AuthorityLookup authorities, UiText text) : ObjectFormPageModel(records, lookups, authorities, text)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        Form = new ObjectForm { NumberOfParts = 1 };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        return await SaveAsync(new CollectionObject(), o => Records.CreateAsync(OrganisationId, o, Actor, ct), ct);
    }
}
