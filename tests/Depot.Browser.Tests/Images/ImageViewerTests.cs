using Deque.AxeCore.Playwright;
using Depot.Browser.Tests.Support;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Demo;
using Microsoft.Playwright;

namespace Depot.Browser.Tests.Images;

public sealed class ImageViewerTests(BrowserApp app)
{
    [Fact]
    public async Task Uploaded_image_shows_in_the_section_and_in_the_IIIF_viewer_without_accessibility_violations()
    {
        var org = await app.Arrange.OrganisationAsync("Museum Beeld");
        var terms = await app.Arrange.TermsAsync(org);
        var o = await app.Arrange.ObjectAsync(org, terms, "BL.1", "Gezicht op de Schelde", publication: PublicationStatus.Public);
        var page = await app.NewPageAsync();
        await page.SignInAsync(await app.Arrange.UserAsync(org, OrganisationRole.Registrar, "Rik Registrator"));

        await page.GotoAsync($"/o/{org.Slug}/objecten/{o.Id}");
        await Assertions.Expect(page.Locator("#images-empty")).ToBeVisibleAsync();
        await page.GetByLabel("Bijschrift", new() { Exact = true }).FillAsync("Vooraanzicht");
        await page.Locator("#image-files").SetInputFilesAsync(new FilePayload
        {
            Name = "schelde.png",
            MimeType = "image/png",
            Buffer = DemoPicture.Png("Gezicht op de Schelde", 320, 240),
        });
        // The original from /media until the derivatives are ready, then tiles from the IIIF Image API.
        var image = page.WaitForResponseAsync(r => (r.Url.Contains("/media/", StringComparison.Ordinal) || r.Url.Contains("/iiif/3/", StringComparison.Ordinal)) && r.Status == 200
            && !r.Url.EndsWith("info.json", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Opladen" }).ClickAsync();

        await Assertions.Expect(page.Locator(".image-item figcaption")).ToContainTextAsync("Vooraanzicht");
        await Assertions.Expect(page.Locator(".image-item img")).ToHaveAttributeAsync("width", "320");
        // The viewer reads the public manifest and opens the image it paints.
        var viewer = page.Locator(".iiif-viewer");
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-iiif-open", "true");
        await Assertions.Expect(viewer.Locator(".iiif-label")).ToHaveTextAsync("Vooraanzicht");
        await Assertions.Expect(viewer.Locator("canvas").First).ToBeVisibleAsync();
        Assert.StartsWith("image/", await (await image).HeaderValueAsync("content-type"), StringComparison.Ordinal);

        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }
}
