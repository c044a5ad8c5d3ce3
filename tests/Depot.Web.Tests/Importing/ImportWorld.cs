using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Depot.Core.Identity;
using Depot.Storage.Importing;
using Depot.Web.Importing;
using Depot.Web.Jobs;
using Depot.Web.Tests.Objects;
using Depot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Web.Tests.Importing;

/// <summary>The app with a fast job worker and its own imports folder, an organisation and a registrar signed in to it.</summary>
internal sealed class ImportWorld : IAsyncDisposable
{
    public const string Csv = """
        Objectnummer;Titel;Objectnaam;Materiaal;Inventarisjaar
        2024.1;Gezicht op Brugge;schilderij;olieverf|doek;1931
        2024.2;Portret van een vrouw;schilderij;olieverf|paneel;1931
        2024.3;Kan met deksel;kan;tin;1952
        2024.4;Stoel;stoel;eik;1960
        2024.5;Affiche Wereldtentoonstelling;affiche;papier;1958
        2024.6;Doopvont;doopvont;hardsteen;1901
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "depot-imports-" + Guid.NewGuid().ToString("N"));

    public DepotApp App { get; private set; } = null!;
    public TestOrganisation Org { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string Pages => $"/o/{Org.Slug}/importeren";

    public static async Task<ImportWorld> StartAsync(CancellationToken ct, long? maxUploadBytes = null)
    {
        var world = new ImportWorld();
        world.App = await DepotApp.StartAsync(ct, services: s =>
        {
            s.Configure<ImportFileOptions>(o =>
            {
                o.Directory = world.folder;
                if (maxUploadBytes is long max) o.MaxUploadBytes = max;
            });
            s.Configure<JobOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(100));
        });
        world.Org = await world.App.CreateOrganisationAsync("stadsmuseum", ct);
        world.Client = await world.App.SignInWithRoleAsync(world.Org, OrganisationRole.Registrar, ct);
        return world;
    }

    /// <summary>Uploads through the form as a browser without JavaScript does: token and format first, the file last.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string fileName, string content, CancellationToken ct, HttpClient? client = null)
    {
        client ??= Client;
        var token = await PageForms.TokenAsync(client, Pages + "/nieuw", ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(""), "format" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Pages + "/nieuw", form, ct);
    }

    /// <summary>Uploads and returns the new import's id (from the redirect to its mapping page).</summary>
    public async Task<long> UploadCsvAsync(CancellationToken ct, string content = Csv)
    {
        var response = await UploadAsync("collectie.csv", content, ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(ct));
        var location = response.Headers.Location!.ToString();
        Assert.EndsWith("/koppeling", location, StringComparison.Ordinal);
        return long.Parse(location.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits for the import's run to end (the worker polls every 100 ms) and returns the upload.</summary>
    public async Task<ImportUpload> WaitAsync(long id, ImportStage expected, CancellationToken ct)
    {
        var store = App.Service<ImportUploadStore>();
        for (var i = 0; i < 300; i++)
        {
            var upload = await store.FindAsync(Org.Id, id, ct);
            if (upload!.Stage is not (ImportStage.Checking or ImportStage.Importing))
            {
                Assert.True(upload.Stage == expected, $"Expected {expected}, got {upload.Stage}: {upload.ErrorEn}");
                return upload;
            }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"Import {id} did not finish.");
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was uploaded.
        }
    }
}
