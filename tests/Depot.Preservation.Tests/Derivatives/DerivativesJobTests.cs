using Depot.Core.Preservation;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Derivatives;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Depot.Preservation.Tests.Derivatives;

public sealed class DerivativesJobTests
{
    [Fact]
    public void Libvips_loads_from_the_native_package()
    {
        Assert.True(NetVips.NetVips.Version(0) >= 8);
        Assert.True(NetVips.ModuleInitializer.VipsInitialized, NetVips.ModuleInitializer.Exception?.Message);
    }

    [Fact]
    public async Task An_uploaded_image_gets_thumbnail_web_size_and_pyramid_and_an_event()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var depot = await ImageDepot.StartAsync(ct);
        var org = await depot.CreateOrganisationAsync("musea", ct);
        var o = await depot.CreateObjectAsync(org, "2024.001", PublicationStatus.Public, ct);

        var image = await depot.AddImageAsync(o, TestPictures.Quadrants(), ct);
        Assert.NotNull(image.FileId);
        var file = await depot.SettledAsync(image.FileId!.Value, ct);

        Assert.Equal(DerivativeState.Ready, file.Derivatives);
        Assert.Equal("", file.DerivativeError);
        var folder = depot.Service<PreservationPaths>().DerivativesOf(file.Sha256);
        using (var thumb = Image.NewFromFile(Path.Combine(folder, DerivativeFiles.Thumbnail)))
            Assert.Equal((300, 200), (thumb.Width, thumb.Height));
        using (var web = Image.NewFromFile(Path.Combine(folder, DerivativeFiles.WebSize)))
            Assert.Equal((1200, 800), (web.Width, web.Height)); // never enlarged
        using (var pyramid = Image.NewFromFile(Path.Combine(folder, DerivativeFiles.Pyramid)))
        {
            Assert.Equal((1200, 800), (pyramid.Width, pyramid.Height));
            Assert.True((int)pyramid.Get("n-pages") >= 3);
        }
        Assert.Empty(Directory.GetFiles(folder, ".*"));
        await using var db = depot.Service<DepotDatabase>().CreateContext();
        var made = await db.PreservationEvents.SingleAsync(e => e.FileId == file.Id && e.Type == PreservationEventType.DerivativeCreation, ct);
        Assert.Equal(EventOutcome.Success, made.Outcome);
        Assert.Contains("1200 × 800", made.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_libvips_cannot_read_is_kept_with_the_reason_and_the_job_ends()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var depot = await ImageDepot.StartAsync(ct);
        var org = await depot.CreateOrganisationAsync("musea", ct);
        var o = await depot.CreateObjectAsync(org, "2024.002", PublicationStatus.Public, ct);

        var image = await depot.AddImageAsync(o, TestPictures.BrokenPng(), ct, "kapot.png");
        var file = await depot.SettledAsync(image.FileId!.Value, ct);

        Assert.Equal(DerivativeState.Failed, file.Derivatives);
        Assert.NotEqual("", file.DerivativeError);
        Assert.DoesNotContain(".incoming", file.DerivativeError, StringComparison.Ordinal);
        Assert.False(file.IsDeleted);
        await using var db = depot.Service<DepotDatabase>().CreateContext();
        var failed = await db.PreservationEvents.SingleAsync(e => e.FileId == file.Id && e.Type == PreservationEventType.DerivativeCreation, ct);
        Assert.Equal(EventOutcome.Failure, failed.Outcome);
        // The file's state is saved before the worker closes the job: wait for the worker to finish it.
        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Kind == PreservationJobs.Derivatives, ct);
        for (var wait = 0; job.State is JobState.Queued or JobState.Running && wait < 600; wait++)
        {
            await Task.Delay(100, ct);
            job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == job.Id, ct);
        }
        Assert.Equal(JobState.Succeeded, job.State);
        Assert.Equal(1, job.Attempts);

        // The registrar sees why on the object page.
        using var member = await depot.SignInMemberAsync(org, ct);
        var page = await member.GetStringAsync($"/o/{org.Slug}/objecten/{o.Id}", ct);
        Assert.Contains("Kon geen afgeleiden maken", page, StringComparison.Ordinal);
    }
}
