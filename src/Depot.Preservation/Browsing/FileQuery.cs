using Depot.Core.Preservation;

namespace Depot.Preservation.Browsing;

/// <summary>How the depot's file list is filtered, sorted and paged (the page's query string, the API's parameters).</summary>
/// <param name="Text">Part of the file name, or the start of a SHA-256 / MD5 (at least 6 hex characters).</param>
/// <param name="Format">A PRONOM id (<c>fmt/353</c>) or a media type (<c>image/tiff</c>).</param>
/// <param name="Linked">True: linked to an object; false: not linked; null: both.</param>
/// <param name="Derivatives">Only files whose derivatives stand so.</param>
/// <param name="ObjectId">Only the files of this object.</param>
/// <param name="Sort">Sorted by ingest (newest first by default), name, size or format.</param>
/// <param name="Descending">Largest, latest or Z first.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">Rows per page (1–200).</param>
/// <param name="Deleted">The deleted files (waiting for purge) instead of the live ones.</param>
public sealed record FileQuery(
    string? Text = null,
    string? Format = null,
    bool? Linked = null,
    DerivativeState? Derivatives = null,
    long? ObjectId = null,
    FileSort Sort = FileSort.Date,
    bool Descending = true,
    int Page = 1,
    int PageSize = 50,
    bool Deleted = false);

public enum FileSort
{
    Date,
    Name,
    Size,
    Format,
}

/// <summary>One row of the list: the file and the number of the object it is linked to.</summary>
public sealed record FileRow(DigitalFile File, string? ObjectNumber);

public sealed record FilePage(IReadOnlyList<FileRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
