using System.Text.RegularExpressions;
using Depot.Core.Preservation;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Browsing;

// ToLower() inside the queries is translated to SQL lower(); no .NET culture is involved.
#pragma warning disable CA1304, CA1311

/// <summary>The organisation's depot files for the list page and the API: filtered, sorted, one page at a time.</summary>
public sealed partial class FileList(DepotDatabase database)
{
    [GeneratedRegex("^[0-9a-f]{6,64}$")]
    private static partial Regex HexPrefix();

    public async Task<FilePage> ListAsync(long organisationId, FileQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        await using var db = database.CreateContext();
        var files = db.DigitalFiles.AsNoTracking().Where(f => f.OrganisationId == organisationId && (query.Deleted ? f.DeletedAt != null : f.DeletedAt == null));
        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            var lower = text.ToLowerInvariant();
            var pattern = "%" + lower.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            files = HexPrefix().IsMatch(lower)
                ? files.Where(f => f.Sha256.StartsWith(lower) || f.Md5.StartsWith(lower) || EF.Functions.Like(f.FileName.ToLower(), pattern, "\\"))
                : files.Where(f => EF.Functions.Like(f.FileName.ToLower(), pattern, "\\"));
        }
        if (query.Format?.Trim() is { Length: > 0 } format)
            files = format.Contains('/', StringComparison.Ordinal) && !format.StartsWith("fmt/", StringComparison.Ordinal) && !format.StartsWith("x-fmt/", StringComparison.Ordinal)
                ? files.Where(f => f.MediaType == format)
                : files.Where(f => f.FormatPuid == format);
        if (query.Linked is bool linked) files = linked ? files.Where(f => f.ObjectId != null) : files.Where(f => f.ObjectId == null);
        if (query.Derivatives is DerivativeState state) files = files.Where(f => f.Derivatives == state);
        if (query.ObjectId is long objectId) files = files.Where(f => f.ObjectId == objectId);
        var total = await files.CountAsync(ct);
        files = (query.Sort, query.Descending) switch
        {
            (FileSort.Name, false) => files.OrderBy(f => f.FileName).ThenBy(f => f.Id),
            (FileSort.Name, true) => files.OrderByDescending(f => f.FileName).ThenByDescending(f => f.Id),
            (FileSort.Size, false) => files.OrderBy(f => f.ByteLength).ThenBy(f => f.Id),
            (FileSort.Size, true) => files.OrderByDescending(f => f.ByteLength).ThenByDescending(f => f.Id),
            (FileSort.Format, false) => files.OrderBy(f => f.FormatName).ThenBy(f => f.FileName).ThenBy(f => f.Id),
            (FileSort.Format, true) => files.OrderByDescending(f => f.FormatName).ThenBy(f => f.FileName).ThenBy(f => f.Id),
            // Ids grow with ingest time, and unlike DateTimeOffset they sort on SQLite.
            (_, false) => files.OrderBy(f => f.Id),
            _ => files.OrderByDescending(f => f.Id),
        };
        var rows = await files.Skip((page - 1) * size).Take(size)
            .Select(f => new { File = f, Number = db.Objects.Where(o => o.Id == f.ObjectId).Select(o => o.ObjectNumber).FirstOrDefault() })
            .ToListAsync(ct);
        return new FilePage([.. rows.Select(r => new FileRow(r.File, r.Number))], total, page, size);
    }

    /// <summary>The formats the organisation's files have, for the filter's choices (PRONOM id → name, count).</summary>
    public async Task<IReadOnlyList<(string Puid, string Name, int Count)>> FormatsAsync(long organisationId, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var groups = await db.DigitalFiles.AsNoTracking().Where(f => f.OrganisationId == organisationId && f.DeletedAt == null && f.FormatPuid != "")
            .GroupBy(f => new { f.FormatPuid, f.FormatName }).Select(g => new { g.Key.FormatPuid, g.Key.FormatName, Count = g.Count() })
            .ToListAsync(ct);
        return [.. groups.OrderByDescending(g => g.Count).Select(g => (g.FormatPuid, g.FormatName, g.Count))];
    }
}
