using System.Net;
using Depot.Core.Registration.Objects;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Images;

namespace Depot.Preservation.Tests.IiifImage;

public sealed class ImageAccessTests
{
    [Fact]
    public async Task An_internal_objects_image_is_hidden_from_the_public_and_served_to_the_organisations_members()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var depot = await ImageDepot.StartAsync(ct);
        var org = await depot.CreateOrganisationAsync("musea", ct);
        var other = await depot.CreateOrganisationAsync("ander", ct);
        var o = await depot.CreateObjectAsync(org, "2024.020", PublicationStatus.Internal, ct);
        var image = await depot.AddImageAsync(o, TestPictures.Quadrants(), ct);
        await depot.SettledAsync(image.FileId!.Value, ct);
        var info = $"/iiif/3/{image.FileId}/info.json";
        var tile = $"/iiif/3/{image.FileId}/0,0,256,256/256,/0/default.jpg";

        using var anonymous = depot.Client();
        using var stranger = await depot.SignInMemberAsync(other, ct);
        using var member = await depot.SignInMemberAsync(org, ct);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(info, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(tile, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(tile, ct)).StatusCode);
        using var mine = await member.GetAsync(tile, ct);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.True(mine.Headers.CacheControl!.Private);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(info, ct)).StatusCode);
    }

    [Fact]
    public async Task A_held_back_image_of_a_public_object_is_not_public()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var depot = await ImageDepot.StartAsync(ct);
        var org = await depot.CreateOrganisationAsync("musea", ct);
        var o = await depot.CreateObjectAsync(org, "2024.021", PublicationStatus.Public, ct);
        var image = await depot.AddImageAsync(o, TestPictures.Quadrants(), ct);
        await depot.SettledAsync(image.FileId!.Value, ct);
        var info = $"/iiif/3/{image.FileId}/info.json";
        using var anonymous = depot.Client();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(info, ct)).StatusCode);

        await depot.Service<ObjectImageStore>().SetPublicAsync(org.Id, image.Id, false, ct);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(info, ct)).StatusCode);
    }
}
