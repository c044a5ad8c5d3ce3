using System.Net;
using System.Net.Http.Headers;
using Depot.Core.Identity;
using Depot.Core.Registration.Objects;
using Depot.Storage.Demo;
using Depot.Storage.Images;
using Depot.Storage.Publishing;
using Depot.Storage.Records;
using Depot.Web.Tests.Support;
using static Depot.Web.Tests.Objects.PageForms;

namespace Depot.Web.Tests.Images;

/// <summary>The image section of the object page as a browser without JavaScript uses it, and the public /media route.</summary>
public sealed class ImagePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string objectUrl, string caption, params (string Name, byte[] Bytes)[] files)
    {
        var token = await TokenAsync(client, objectUrl, Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(caption), "caption" },
        };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "files", name);
        }
        return await client.PostAsync(objectUrl + "/afbeeldingen/nieuw", form, Ct);
    }

    [Fact]
    public async Task Registrar_uploads_captions_orders_holds_back_and_removes_images_on_the_object_page()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("stadsmuseum", Ct);
        var o = await app.CreateObjectAsync(org, "S.1", "Kandelaar", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/{o.Id}";
        Assert.Contains("id=\"images-empty\"", await client.GetStringAsync(url, Ct), StringComparison.Ordinal);

        var upload = await UploadAsync(client, url, "Voorzijde", ("voorkant.png", DemoPicture.Png("een", 40, 30)), ("../../achterkant.png", DemoPicture.Png("twee", 30, 40)));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal($"{url}#afbeeldingen", upload.Headers.Location!.ToString());
        var images = await app.Service<ObjectImageStore>().ListAsync(org.Id, o.Id, Ct);
        Assert.Equal(["voorkant.png", "achterkant.png"], images.Select(i => i.FileName));
        Assert.True((await app.Service<RecordStore>().GetAsync<CollectionObject>(org.Id, o.Id, Ct)).HasImage);

        var page = await client.GetStringAsync(url, Ct);
        Assert.Contains($"src=\"{url}/afbeeldingen/{images[0].Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("width=\"40\" height=\"30\"", page, StringComparison.Ordinal);
        var bytes = await client.GetByteArrayAsync($"{url}/afbeeldingen/{images[1].Id}", Ct);
        Assert.Equal(DemoPicture.Png("twee", 30, 40), bytes);

        var token = await TokenAsync(client, url, Ct);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{url}/afbeeldingen?handler=Caption", token, [F("imageId", images[1].Id), F("caption", "Achterzijde met etiket")], Ct)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{url}/afbeeldingen?handler=Move", token, [F("imageId", images[1].Id), F("offset", -1)], Ct)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{url}/afbeeldingen?handler=Visibility", token, [F("imageId", images[0].Id), F("isPublic", false)], Ct)).Status);
        var after = await app.Service<ObjectImageStore>().ListAsync(org.Id, o.Id, Ct);
        Assert.Equal([(images[1].Id, "Achterzijde met etiket", true), (images[0].Id, "Voorzijde", false)], after.Select(i => (i.Id, i.Caption, i.IsPublic)));
        Assert.Contains("niet openbaar", await client.GetStringAsync(url, Ct), StringComparison.Ordinal);

        foreach (var image in after)
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{url}/afbeeldingen?handler=Remove", token, [F("imageId", image.Id)], Ct)).Status);
        Assert.Empty(await app.Service<ObjectImageStore>().ListAsync(org.Id, o.Id, Ct));
        Assert.False((await app.Service<RecordStore>().GetAsync<CollectionObject>(org.Id, o.Id, Ct)).HasImage);
    }

    [Fact]
    public async Task A_file_that_is_no_image_is_refused_with_a_clear_message_and_viewers_cannot_upload()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("stadsmuseum", Ct);
        var o = await app.CreateObjectAsync(org, "S.1", "Kandelaar", Ct);
        var client = await app.SignInWithRoleAsync(org, OrganisationRole.Registrar, Ct);
        var url = $"/o/{org.Slug}/objecten/{o.Id}";

        var refused = await UploadAsync(client, url, "", ("foto.png", "%PDF-1.7 geen foto"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("Kies een JPEG-, PNG-, TIFF- of WebP-bestand", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await app.Service<ObjectImageStore>().ListAsync(org.Id, o.Id, Ct));

        var viewer = await app.SignInWithRoleAsync(org, OrganisationRole.Viewer, Ct);
        var page = await viewer.GetStringAsync(url, Ct);
        Assert.DoesNotContain("afbeeldingen/nieuw", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"{url}/afbeeldingen/nieuw", Ct)).StatusCode);
    }

    [Fact]
    public async Task Media_serves_only_public_images_of_public_objects()
    {
        await using var app = await DepotApp.StartAsync(Ct);
        var org = await app.CreateOrganisationAsync("stadsmuseum", Ct);
        var open = await app.CreateObjectAsync(org, "S.1", "Kandelaar", Ct, PublicationStatus.Public);
        var closed = await app.CreateObjectAsync(org, "S.2", "Kluis", Ct);
        var store = app.Service<ObjectImageStore>();
        var shown = (await store.AddAsync(org.Id, open.Id, new MemoryStream(DemoPicture.Png("open", 20, 20)), "a.png", "", Actor.System, Ct)).Image!;
        var held = (await store.AddAsync(org.Id, open.Id, new MemoryStream(DemoPicture.Png("terug", 20, 20)), "b.png", "", Actor.System, Ct)).Image!;
        await store.SetPublicAsync(org.Id, held.Id, false, Ct);
        var inner = (await store.AddAsync(org.Id, closed.Id, new MemoryStream(DemoPicture.Png("dicht", 20, 20)), "c.png", "", Actor.System, Ct)).Image!;
        await app.Service<PublicationProjector>().CatchUpAsync(Ct);
        var anonymous = app.Anonymous();

        var ok = await anonymous.GetAsync($"/media/{shown.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("image/png", ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"\"{shown.Sha256}\"", ok.Headers.ETag!.Tag);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/media/{shown.Id}");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{shown.Sha256}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/media/{held.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/media/{inner.Id}", Ct)).StatusCode);
        // The staff route is for signed-in staff of the organisation only.
        var staff = await anonymous.GetAsync($"/o/{org.Slug}/objecten/{closed.Id}/afbeeldingen/{inner.Id}", Ct);
        Assert.NotEqual(HttpStatusCode.OK, staff.StatusCode);
    }
}
