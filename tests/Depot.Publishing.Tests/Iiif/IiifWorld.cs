using System.Net;
using System.Text.Json;
using Depot.Core.Organisations;
using Depot.Core.Registration.Objects;
using Depot.Publishing.Tests.Support;
using Depot.Storage.Demo;
using Depot.Storage.Images;
using Depot.Storage.Records;

namespace Depot.Publishing.Tests.Iiif;

/// <summary>Helpers of the IIIF tests: images on objects, fetching JSON, running the JSON Schema validator.</summary>
internal static class IiifWorld
{
    public const string SchemaPath = "iiif/schema/iiif_3_0.json";

    public static async Task<ObjectImage> AddImageAsync(PublicDepot depot, Organisation organisation, CollectionObject o, string text, string caption,
        CancellationToken ct, int width = 80, int height = 60)
    {
        var added = await depot.Service<ObjectImageStore>().AddAsync(organisation.Id, o.Id, new MemoryStream(DemoPicture.Png(text, width, height)),
            text + ".png", caption, Actor.System, ct);
        return added.Image ?? throw new InvalidOperationException(added.Refusal?.En);
    }

    public static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(PublicDepot depot, string path, CancellationToken ct)
    {
        var response = await depot.Http.GetAsync(path.TrimStart('/'), ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct), response);
    }

    public static async Task<JsonElement> JsonAsync(PublicDepot depot, string path, CancellationToken ct)
    {
        var (status, body, _) = await GetAsync(depot, path, ct);
        Assert.True(status == HttpStatusCode.OK, $"{path} answered {status}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Runs tests/validators/iiif.mjs on the documents; returns its result (exit 0: all valid).</summary>
    public static async Task<ProcessResult> ValidateAsync(IEnumerable<string> documents, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("depot-iiif-").FullName;
        var files = new List<string>();
        foreach (var (json, n) in documents.Select((d, n) => (d, n)))
        {
            var file = Path.Combine(folder, $"doc{n}.json");
            await File.WriteAllTextAsync(file, json, ct);
            files.Add(file);
        }
        return await ValidateFilesAsync(files, ct);
    }

    public static Task<ProcessResult> ValidateFilesAsync(IEnumerable<string> files, CancellationToken ct) =>
        Validators.NodeAsync("iiif.mjs", [ReferenceData.Require(SchemaPath), .. files], ct);
}
