using Depot.Interchange.Sources;
using Depot.Web.Importing;
using Depot.Web.Localisation;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Pages.Importing;

/// <summary>
/// A new import: the file is streamed to the data directory as it arrives (the form is not bound: the
/// token is checked from the stream before the file is written), then CSV and XLSX go to their mapping
/// and LIDO and Adlib straight to a dry run.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableRequestSizeLimit]
[DisableFormValueBinding]
public sealed class NewModel(UploadReceiver receiver, ImportRuns runs, ImportFiles files, UiText text) : OrganisationPageModel
{
    public string? Error { get; private set; }

    public string MaxSize => UploadReceiver.Size(files.MaxUploadBytes);

    public IActionResult OnGet() => Grant.CanWrite ? Page() : Forbidden();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Grant.CanWrite) return Forbidden();
        var received = await receiver.FromFormAsync(HttpContext, OrganisationId, Actor, ct);
        if (received.Refused is { } refused)
        {
            Error = text.Pick(refused.Nl, refused.En);
            Response.StatusCode = refused.Status;
            return Page();
        }
        var upload = received.Upload!;
        if (ImportRuns.NeedsMapping(upload)) return Redirect($"/o/{OrganisationSlug}/importeren/{upload.Id}/koppeling");
        await runs.StartAsync(upload, dryRun: true, Actor, ct);
        return Redirect($"/o/{OrganisationSlug}/importeren/{upload.Id}");
    }

    public static IEnumerable<SourceFormat> Formats => Enum.GetValues<SourceFormat>();
}
