using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Storage.Importing.Mappings;

/// <summary>The organisation's saved column mappings; saving under an existing name replaces that mapping.</summary>
public sealed class ImportMappingStore(DepotDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<ImportMapping>> ListAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ImportMappings.AsNoTracking().Where(m => m.OrganisationId == organisationId).OrderBy(m => m.Name).ToListAsync(ct);
    }

    public async Task<ImportMapping?> FindAsync(long organisationId, long id, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ImportMappings.AsNoTracking().SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.Id == id, ct);
    }

    public async Task<ImportMapping> SaveAsync(long organisationId, string name, string mappingJson, string userName, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        await using var db = database.CreateContext();
        var mapping = await db.ImportMappings.SingleOrDefaultAsync(m => m.OrganisationId == organisationId && m.Name == trimmed, ct);
        if (mapping is null)
        {
            mapping = new ImportMapping { OrganisationId = organisationId, Name = trimmed };
            db.ImportMappings.Add(mapping);
        }
        mapping.MappingJson = mappingJson;
        mapping.UserName = userName;
        mapping.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return mapping;
    }
}
