using System.Net;
using Depot.Core.Registration.Dating;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Images;

namespace Depot.Publishing.Tests.Iiif;

/// <summary>IIIF Presentation 3.0 manifests of public objects over real HTTP, checked by the IIIF JSON Schema and on content.</summary>
public sealed class IiifManifestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Secret = "GEHEIM-INTERN-42";

    [Fact]
    public async Task Manifest_of_a_public_object_is_valid_and_has_labels_rights_and_a_canvas_per_image()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var org = await depot.CreateOrganisationAsync("stadsmuseum", Ct);
        var maker = await depot.CreateAsync(org, new Depot.Core.Registration.Authorities.Agent { Name = "Rubens, Peter Paul", Kind = Depot.Core.Registration.Authorities.AgentKind.Person }, Ct);
        var o = await depot.CreatePublicObjectAsync(org, "S.1", "Portret van een dame", Ct, x =>
        {
            x.Titles = [new Title("Portret van een dame"), new Title("Portrait of a lady", "en", TitleType.Alternate)];
            x.Makers = [new MakerCredit(maker.Id, "schilder", "atelier van")];
            x.Dating = HistoricalDate.Parse("circa 1620");
            x.Dimensions = [new Dimension("hoogte", 63.5m, "cm", "met lijst")];
            x.Rights = new Rights("https://creativecommons.org/publicdomain/mark/1.0/", "Stadsmuseum", "Collectie Stadsmuseum, foto Jan Claes");
            x.ConditionNote = Secret;
            x.Acquisition = new Acquisition(null, null, null, Secret);
        });
        var front = await IiifWorld.AddImageAsync(depot, org, o, "voorzijde", "Voorzijde", Ct, 120, 90);
        var back = await IiifWorld.AddImageAsync(depot, org, o, "achterzijde", "", Ct, 60, 80);
        await depot.CatchUpAsync(Ct);

        var (status, body, response) = await IiifWorld.GetAsync(depot, $"/iiif/object/{o.Id}/manifest", Ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.StartsWith("application/ld+json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var valid = await IiifWorld.ValidateAsync([body], Ct);
        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);

        var m = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal($"{depot.BaseUrl}/iiif/object/{o.Id}/manifest", m.GetProperty("id").GetString());
        Assert.Equal("Portret van een dame", m.GetProperty("label").GetProperty("nl")[0].GetString());
        Assert.Equal("Portrait of a lady", m.GetProperty("label").GetProperty("en")[0].GetString());
        Assert.Equal("http://creativecommons.org/publicdomain/mark/1.0/", m.GetProperty("rights").GetString());
        Assert.Equal("Collectie Stadsmuseum, foto Jan Claes", m.GetProperty("requiredStatement").GetProperty("value").GetProperty("nl")[0].GetString());
        Assert.Equal("Attribution", m.GetProperty("requiredStatement").GetProperty("label").GetProperty("en")[0].GetString());
        Assert.Equal(depot.Uris.Organisation("stadsmuseum"), m.GetProperty("provider")[0].GetProperty("id").GetString());
        Assert.Equal($"{depot.BaseUrl}/doc/object/{o.Id}", m.GetProperty("homepage")[0].GetProperty("id").GetString());
        Assert.EndsWith(".jsonld", m.GetProperty("seeAlso")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        var metadata = m.GetProperty("metadata").EnumerateArray()
            .ToDictionary(p => p.GetProperty("label").GetProperty("en")[0].GetString()!, p => p.GetProperty("value"));
        Assert.Equal("S.1", metadata["Object number"].GetProperty("none")[0].GetString());
        Assert.Equal("Rubens, Peter Paul (schilder, atelier van)", metadata["Maker"].GetProperty("nl")[0].GetString());
        Assert.Equal("circa 1620", metadata["Dating"].GetProperty("nl")[0].GetString());
        Assert.Equal("hoogte: 63,5 cm (met lijst)", metadata["Dimensions"].GetProperty("nl")[0].GetString());

        var canvases = m.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, canvases.Count);
        Assert.Equal(("Voorzijde", 120, 90), (canvases[0].GetProperty("label").GetProperty("nl")[0].GetString(), canvases[0].GetProperty("width").GetInt32(), canvases[0].GetProperty("height").GetInt32()));
        Assert.Equal(("Afbeelding 2", "Image 2"), (canvases[1].GetProperty("label").GetProperty("nl")[0].GetString(), canvases[1].GetProperty("label").GetProperty("en")[0].GetString()));
        var painting = canvases[1].GetProperty("items")[0].GetProperty("items")[0];
        Assert.Equal("painting", painting.GetProperty("motivation").GetString());
        Assert.Equal(canvases[1].GetProperty("id").GetString(), painting.GetProperty("target").GetString());
        Assert.Equal((depot.Uris.Image(back.Id), "image/png", 60, 80), (painting.GetProperty("body").GetProperty("id").GetString(),
            painting.GetProperty("body").GetProperty("format").GetString(), painting.GetProperty("body").GetProperty("width").GetInt32(),
            painting.GetProperty("body").GetProperty("height").GetInt32()));
        Assert.Equal(depot.Uris.Image(front.Id), m.GetProperty("thumbnail")[0].GetProperty("id").GetString());

        // The image the manifest paints is served, with its hash as ETag, cacheable for good.
        var media = await depot.Http.GetAsync($"media/{back.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal($"\"{back.Sha256}\"", media.Headers.ETag!.Tag);
        Assert.Contains("immutable", media.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("*", media.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(Depot.Storage.Demo.DemoPicture.Png("achterzijde", 60, 80), await media.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Held_back_images_internal_and_withdrawn_objects_are_not_served()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var org = await depot.CreateOrganisationAsync("stadsmuseum", Ct);
        var o = await depot.CreatePublicObjectAsync(org, "S.1", "Kandelaar", Ct);
        var shown = await IiifWorld.AddImageAsync(depot, org, o, "getoond", "", Ct);
        var held = await IiifWorld.AddImageAsync(depot, org, o, "teruggehouden", "", Ct);
        await depot.Service<ObjectImageStore>().SetPublicAsync(org.Id, held.Id, false, Ct);
        var hidden = await depot.CreateAsync(org, new CollectionObject { ObjectNumber = "S.2", Titles = [new Title(Secret)] }, Ct);
        var internalImage = await IiifWorld.AddImageAsync(depot, org, hidden, "intern", "", Ct);
        var bare = await depot.CreatePublicObjectAsync(org, "S.3", "Zonder beeld", Ct);
        await depot.CatchUpAsync(Ct);

        var manifest = await IiifWorld.JsonAsync(depot, $"/iiif/object/{o.Id}/manifest", Ct);
        Assert.Single(manifest.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await depot.Http.GetAsync($"media/{shown.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync($"media/{held.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync($"media/{internalImage.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync("media/999999", Ct)).StatusCode);
        var (internalStatus, internalBody, _) = await IiifWorld.GetAsync(depot, $"/iiif/object/{hidden.Id}/manifest", Ct);
        Assert.Equal(HttpStatusCode.NotFound, internalStatus);
        Assert.DoesNotContain(Secret, internalBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await IiifWorld.GetAsync(depot, $"/iiif/object/{bare.Id}/manifest", Ct)).Status);

        // Made internal again: the manifest is gone (410) and so are its image bytes.
        var current = await depot.Records.GetAsync<CollectionObject>(org.Id, o.Id, Ct);
        current.PublicationStatus = PublicationStatus.Internal;
        await depot.UpdateAsync(org, current, Ct);
        await depot.CatchUpAsync(Ct);
        Assert.Equal(HttpStatusCode.Gone, (await IiifWorld.GetAsync(depot, $"/iiif/object/{o.Id}/manifest?na=intern", Ct)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await depot.Http.GetAsync($"media/{shown.Id}?na=intern", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_image_change_on_a_public_object_reaches_the_public_feed_without_an_edit()
    {
        await using var depot = await PublicDepot.StartAsync(Ct);
        var org = await depot.CreateOrganisationAsync("stadsmuseum", Ct);
        var o = await depot.CreatePublicObjectAsync(org, "S.1", "Kandelaar", Ct);
        var first = await IiifWorld.AddImageAsync(depot, org, o, "een", "", Ct);
        await IiifWorld.AddImageAsync(depot, org, o, "twee", "", Ct);
        await depot.CatchUpAsync(Ct);
        Assert.Equal(2, (await depot.Service<Depot.Storage.Publishing.PublicationStore>().FindObjectAsync(o.Id, Ct))!.Current!.Images.Count);

        await depot.Service<ObjectImageStore>().SetCaptionAsync(org.Id, first.Id, "Nieuw bijschrift", Ct);
        var shape = (await depot.Service<Depot.Storage.Publishing.PublicationStore>().FindObjectAsync(o.Id, Ct))!.Current!;
        Assert.Equal("Nieuw bijschrift", shape.Images[0].Caption);
    }
}
