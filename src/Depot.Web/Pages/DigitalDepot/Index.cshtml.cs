using Depot.Core.Preservation;
using Depot.Preservation.Browsing;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>The organisation's depot files: search by name or hash, filter by format, link and derivatives, sort, page.</summary>
public sealed class IndexModel(FileList files) : OrganisationPageModel
{
    [FromQuery(Name = "q")] public string Query { get; set; } = "";
    [FromQuery(Name = "format")] public string Format { get; set; } = "";
    [FromQuery(Name = "linked")] public string Linked { get; set; } = "";
    [FromQuery(Name = "derivatives")] public string Derivatives { get; set; } = "";
    [FromQuery(Name = "sort")] public string Sort { get; set; } = "date";
    [FromQuery(Name = "desc")] public bool? Descending { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [FromQuery(Name = "deleted")] public bool Deleted { get; set; }

    public FilePage Result { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<(string Puid, string Name, int Count)> Formats { get; private set; } = [];

    public bool Filtered => Query.Length > 0 || Format.Length > 0 || Linked.Length > 0 || Derivatives.Length > 0;

    public FileSort SortBy => Enum.TryParse<FileSort>(Sort, ignoreCase: true, out var s) ? s : FileSort.Date;

    /// <summary>Newest first for dates, A→Z and smallest first for the rest, unless asked otherwise.</summary>
    public bool IsDescending => Descending ?? SortBy == FileSort.Date;

    public async Task OnGetAsync(CancellationToken ct)
    {
        bool? linked = Linked switch { "yes" => true, "no" => false, _ => null };
        DerivativeState? state = Enum.TryParse<DerivativeState>(Derivatives, ignoreCase: true, out var d) ? d : null;
        Result = await files.ListAsync(OrganisationId, new FileQuery(Query, Format, linked, state, null, SortBy, IsDescending, PageNumber, 50, Deleted), ct);
        Formats = await files.FormatsAsync(OrganisationId, ct);
    }

    /// <summary>This list's address with some parameters changed (sort links, pages).</summary>
    public string ListUrl(string? sort = null, bool? desc = null, int? page = null)
    {
        var sortKey = sort ?? Sort;
        var parts = new List<string>();
        void Add(string key, string value) { if (value.Length > 0) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("q", Query);
        Add("format", Format);
        Add("linked", Linked);
        Add("derivatives", Derivatives);
        Add("sort", sortKey);
        if ((desc ?? Descending) is bool direction) Add("desc", direction ? "true" : "false");
        if (Deleted) Add("deleted", "true");
        if (page is int number && number > 1) Add("page", DepotFormat.Invariant(number));
        return $"/o/{OrganisationSlug}/depot" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    /// <summary>A column heading's link: the same column toggles its direction.</summary>
    public string SortUrl(FileSort column) =>
        ListUrl(column.ToString().ToLowerInvariant(), column == SortBy ? !IsDescending : column == FileSort.Date);

    public string? AriaSort(FileSort column) => column == SortBy ? (IsDescending ? "descending" : "ascending") : null;
}
