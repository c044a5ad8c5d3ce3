using System.Text.Json;
using Depot.Preservation;
using Depot.Preservation.Browsing;
using Depot.Preservation.Files;
using Depot.Preservation.Replicas;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.DigitalDepot;

/// <summary>One depot file: what it is (checksums, format, metadata), where its copies are, what happened to it; download, delete, restore.</summary>
public sealed class FileModel(FileDetails details, PreservationOptions options, FileDeletion deletion) : OrganisationPageModel
{
    [FromRoute]
    public long Id { get; set; }

    public FileDetail Detail { get; private set; } = null!;

    /// <summary>Embedded metadata by group (EXIF IFD0, XMP, …), as the file carried it.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<(string Name, string Value)> Tags)> Metadata { get; private set; } = [];

    public TimeSpan GracePeriod => options.DeletionGracePeriod;

    /// <summary>Delete and restore are offered to organisation admins only.</summary>
    public bool CanDelete => Grant.CanAdminister;

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await details.FindAsync(OrganisationId, Id, ct) is not { } found) return Missing();
        Detail = found;
        Metadata = Group(found.File.EmbeddedMetadata);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (await details.FindAsync(OrganisationId, Id, ct) is not { File.IsDeleted: false } found) return Missing();
        if (HttpContext.RequestServices.GetService<IContentReader>() is not { } reader) return StatusPage(StatusCodes.Status503ServiceUnavailable);
        try
        {
            var content = await reader.OpenReadAsync(found.File.Sha256, ct);
            return new FileStreamResult(content, found.File.MediaType) { FileDownloadName = found.File.FileName, EnableRangeProcessing = content.CanSeek };
        }
        catch (FileNotFoundException)
        {
            return StatusPage(StatusCodes.Status503ServiceUnavailable);
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync([FromForm] string? reason, CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        if (string.IsNullOrWhiteSpace(reason))
        {
            Message = "depot.delete.reasonMissing";
            return await OnGetAsync(ct);
        }
        if (await deletion.DeleteAsync(OrganisationId, Id, Actor, reason.Trim(), ct) is null) return Missing();
        return Redirect($"/o/{OrganisationSlug}/depot/bestanden/{Id}");
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        if (!Grant.CanAdminister) return Forbidden();
        if (!await deletion.RestoreAsync(OrganisationId, Id, Actor, ct)) return Missing();
        return Redirect($"/o/{OrganisationSlug}/depot/bestanden/{Id}");
    }

    /// <summary>Reads <c>{"Group": {"Tag": "value"}}</c>; anything else shows as one group, never as an error.</summary>
    internal static IReadOnlyList<(string, IReadOnlyList<(string, string)>)> Group(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.Length == 0 ? "{}" : json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [];
            var groups = new List<(string, IReadOnlyList<(string, string)>)>();
            foreach (var group in document.RootElement.EnumerateObject())
            {
                var tags = group.Value.ValueKind == JsonValueKind.Object
                    ? group.Value.EnumerateObject().Select(t => (t.Name, t.Value.ValueKind == JsonValueKind.String ? t.Value.GetString() ?? "" : t.Value.GetRawText())).ToList()
                    : [("", group.Value.ValueKind == JsonValueKind.String ? group.Value.GetString() ?? "" : group.Value.GetRawText())];
                groups.Add((group.Name, tags));
            }
            return groups;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
