using System.IO.Compression;
using System.Net;
using System.Text;
using Depot.Core.Identity;
using Depot.Preservation.Packages;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Jobs;

namespace Depot.Preservation.Tests.Packages;

public sealed class PackageJobTests
{
    [Fact]
    public async Task Export_job_makes_a_package_its_organisation_downloads_and_no_other()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct);
        var museum = await app.CreateOrganisationAsync("museum", ct);
        var other = await app.CreateOrganisationAsync("archief", ct);
        var mill = await app.CreateObjectAsync(museum, "2026/001", "Molen", ct);
        await app.AddFileAsync(museum, mill.Id, "molen.tif", Encoding.UTF8.GetBytes("the mill"), ct);
        var jobs = app.Service<PackageJobs>();

        var job = await jobs.EnqueueExportAsync(museum.Id, new PackageExportPayload(PackageFormat.EarkSip, null, null, "sip-museum.zip"), ct);
        var view = await WaitAsync(jobs, museum.Id, job.Id, ct);

        Assert.Equal(JobState.Succeeded, view.Job.State);
        Assert.Equal((1, 1), (view.ExportResult!.Objects, view.ExportResult.Files));
        var member = await app.SignInAsync(museum, OrganisationRole.Viewer, ct);
        var page = await member.GetStringAsync($"/o/museum/pakketten/{job.Id}", ct);
        Assert.Contains("sip-museum.zip", page, StringComparison.Ordinal);
        var download = await member.GetAsync($"/o/museum/pakketten/{job.Id}?handler=download", ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using (var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(ct)))
            Assert.Contains(zip.Entries, e => e.FullName == "sip-museum/data/METS.xml");
        var form = await member.GetStringAsync("/o/museum/pakketten?set=", ct);
        Assert.Contains("E-ARK SIP (meemoo)", form, StringComparison.Ordinal);
        Assert.Contains("value=\"EarkSip\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/o/museum/pakketten/importeren", ct)).StatusCode);
        var outsider = await app.SignInAsync(other, OrganisationRole.OrganisationAdmin, ct);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/o/archief/pakketten/{job.Id}?handler=download", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/o/archief/pakketten/{job.Id}", ct)).StatusCode);
    }

    [Fact]
    public async Task Import_job_of_a_hostile_zip_ends_refused_with_the_reason_and_removes_the_upload()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct);
        var museum = await app.CreateOrganisationAsync("museum", ct);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            PackageRoundTripTests.Entry(archive, "bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            PackageRoundTripTests.Entry(archive, "bag/../../../escape.txt", "out");
        }
        zip.Position = 0;
        var jobs = app.Service<PackageJobs>();

        var job = await jobs.EnqueueImportAsync(museum.Id, zip, "hostile.zip", null, "tester", ct);
        var view = await WaitAsync(jobs, museum.Id, job.Id, ct);

        Assert.Equal(JobState.Succeeded, view.Job.State);
        Assert.False(view.ImportOutcome!.Accepted);
        Assert.Equal("unsafe-path", Assert.Single(view.ImportOutcome.Problems).Code);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.Folder, "work", "packages"), "upload-*", SearchOption.AllDirectories));
        var member = await app.SignInAsync(museum, OrganisationRole.Registrar, ct);
        var page = await member.GetStringAsync($"/o/museum/pakketten/{job.Id}", ct);
        Assert.Contains("onveilig pad", page, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", await member.GetStringAsync("/o/museum/pakketten/importeren", ct), StringComparison.Ordinal);
    }

    /// <summary>The app's own job worker runs the job; this waits for it to end (a bound against hanging, not a timing assertion).</summary>
    private static async Task<PackageJobView> WaitAsync(PackageJobs jobs, long organisationId, long jobId, CancellationToken ct)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await jobs.FindAsync(organisationId, jobId, ct) is { IsFinished: true } view) return view;
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"Job {jobId} did not finish.");
    }
}
