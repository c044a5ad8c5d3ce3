using System.Net.Http.Json;
using System.Text.Json;
using Depot.Preservation.Tests.Support;

namespace Depot.Preservation.Tests.Upload;

public sealed class UploadOpenApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_endpoints_are_in_the_openapi_document_with_their_refusals()
    {
        await using var app = await DepotApp.StartAsync(Ct);

        var document = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        var upload = paths.GetProperty("/api/v1/organisations/{org}/uploads/{id}");
        Assert.Equal("AppendUploadChunk", upload.GetProperty("put").GetProperty("operationId").GetString());
        Assert.True(upload.GetProperty("put").GetProperty("responses").TryGetProperty("409", out _));
        Assert.Equal("HeadUpload", upload.GetProperty("head").GetProperty("operationId").GetString());
        Assert.Equal("StartUpload", paths.GetProperty("/api/v1/organisations/{org}/uploads").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("UploadFiles", paths.GetProperty("/api/v1/organisations/{org}/files").GetProperty("post").GetProperty("operationId").GetString());
    }
}
