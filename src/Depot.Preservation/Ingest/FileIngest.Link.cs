using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Ingest;

/// <summary>Which object the file belongs to: by id, by number, or by the number its name starts with.</summary>
internal sealed partial class FileIngest
{
    private async Task<(long? ObjectId, IngestRefusal? Refusal)> FindObjectAsync(long organisationId, IngestRequest request, string fileName, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var live = db.Objects.Where(o => o.OrganisationId == organisationId && !o.IsDeleted);
        if (request.ObjectId is long id)
            return await live.AnyAsync(o => o.Id == id, ct) ? (id, null) : (null, IngestRefusals.NoObject("#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (!string.IsNullOrWhiteSpace(request.ObjectNumber))
        {
            var number = request.ObjectNumber.Trim();
            var found = await live.Where(o => o.ObjectNumber == number).Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
            return found is null ? (null, IngestRefusals.NoObject(number)) : (found, null);
        }
        return (await FromFileNameAsync(live, fileName, ct), null);
    }

    /// <summary>One indexed lookup of the name's few prefixes, never a scan of the organisation's numbers.</summary>
    internal static async Task<long?> FromFileNameAsync(IQueryable<Depot.Core.Registration.Objects.CollectionObject> live, string fileName, CancellationToken ct)
    {
        var candidates = ObjectNumberInFileName.Candidates(fileName).ToList();
        var matches = await live.Where(o => candidates.Contains(o.ObjectNumber)).Select(o => new { o.Id, o.ObjectNumber }).ToListAsync(ct);
        var number = ObjectNumberInFileName.Pick(fileName, matches.Select(m => m.ObjectNumber).ToHashSet(StringComparer.Ordinal));
        return number is null ? null : matches.Where(m => m.ObjectNumber == number).Min(m => m.Id);
    }
}
