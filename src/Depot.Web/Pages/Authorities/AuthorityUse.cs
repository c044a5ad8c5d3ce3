using Depot.Core;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Merges;

namespace Depot.Web.Pages.Authorities;

/// <summary>How many objects refer to an agent, concept or place: every field a merge rewrites, JSON parts included.</summary>
public sealed class AuthorityUse(DepotDatabase database)
{
    // Rewriting an id onto itself changes nothing, but says whether the object holds it.
    private static readonly ReferenceRewrite<CollectionObject> Objects = new(ObjectReferences.Rewrite);

    public Task<int> ObjectCountAsync(long organisationId, RecordType type, long id, CancellationToken ct) =>
        Objects.CountAsync(database, organisationId, type, id, id, ct);
}
