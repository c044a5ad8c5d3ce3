using Depot.Cli.Tests.Support;
using Depot.Core.Registration.Objects;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Ingest;

public sealed class IngestCommandTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Folder_is_ingested_recursively_without_hidden_files_and_a_second_run_finds_only_duplicates()
    {
        var (cli, database, organisationId) = await ArrangeAsync();
        await new RecordStore(database, TimeProvider.System).CreateAsync(organisationId, new CollectionObject { ObjectNumber = "2024.001", Titles = [new Title("Kan")] }, Actor.System, Ct);
        var folder = Folder(("a.tif", "alpha"), ("sub/b.jpg", "bravo"), ("sub/deeper/c.pdf", "charlie"), (".DS_Store", "junk"), (".git/config", "junk2"), ("leeg.txt", ""));
        var manifest = Path.Combine(folder, "..", Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(manifest, "bestand;objectnummer\nsub/b.jpg;2024.001\nc.pdf;NOPE\nmissing.tif;2024.001\n", Ct);

        var first = await RunAsync(cli, database, "ingest", folder, "--org", "mas", "--manifest", manifest, "--lang", "en");
        var second = await RunAsync(cli, database, "ingest", folder, "--org", "mas", "--lang", "en");

        // The empty file is refused, and so is the file the manifest links to an object that does not exist.
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("ingest: 2 ingested, 0 duplicates, 2 refused, 1 linked, 1 not linked", first.Output, StringComparison.Ordinal);
        Assert.Contains("leeg.txt", first.Output, StringComparison.Ordinal);
        Assert.Contains("The file is empty (0 bytes)", first.Output, StringComparison.Ordinal);
        Assert.Contains("There is no object NOPE in this organisation", first.Output, StringComparison.Ordinal);
        Assert.Contains("no file missing.tif in the folder", first.Output, StringComparison.Ordinal);
        // Without the manifest the refused file goes in unlinked; the others are recognised as duplicates.
        Assert.Contains("ingest: 1 ingested, 2 duplicates, 1 refused", second.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var files = await db.DigitalFiles.OrderBy(f => f.OriginalPath).ToListAsync(Ct);
        Assert.Equal(["a.tif", "sub/b.jpg", "sub/deeper/c.pdf"], files.Select(f => f.OriginalPath));
        Assert.NotNull(files[1].ObjectId);
        Assert.Equal("c.pdf", files[2].FileName);
    }

    [Fact]
    public async Task Ctrl_c_stops_cleanly_after_the_files_already_ingested()
    {
        var (cli, database, _) = await ArrangeAsync();
        var folder = Folder(("1.txt", "one"), ("2.txt", "two"), ("3.txt", "three"), ("4.txt", "four"));
        using var cancel = new CancellationTokenSource();

        var result = await RunAsync(cli, database, ["ingest", folder, "--org", "mas", "--lang", "en"], cancelAfter: 2, cancel);

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("Cancelled", result.Output, StringComparison.Ordinal);
        Assert.Contains("ingest: 2 ingested", result.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.DigitalFiles.CountAsync(Ct));
        // The two files that went in are whole: a content, two copies and the ingest's events each.
        Assert.Equal(2, await db.StoredContents.CountAsync(Ct));
        Assert.Equal(4, await db.ContentReplicas.CountAsync(r => r.State == Depot.Core.Preservation.ReplicaState.Present, Ct));
        Assert.Equal(2, await db.PreservationEvents.CountAsync(e => e.Type == Depot.Core.Preservation.PreservationEventType.Ingestion, Ct));
    }

    [Fact]
    public async Task Unknown_organisation_and_missing_folder_are_explained()
    {
        var (cli, database, _) = await ArrangeAsync();

        var noOrg = await RunAsync(cli, database, "ingest", Folder(("a.txt", "a")), "--org", "nope", "--lang", "en");
        var noFolder = await RunAsync(cli, database, "ingest", "/nonexistent/depot-folder", "--org", "mas", "--lang", "en");

        Assert.Contains("Organisation 'nope' does not exist", noOrg.Output, StringComparison.Ordinal);
        Assert.Equal(2, noFolder.ExitCode);
        Assert.Contains("does not exist", noFolder.Output, StringComparison.Ordinal);
    }

    private static async Task<(CliRunner Cli, DepotDatabase Database, long OrganisationId)> ArrangeAsync()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");
        var database = new DepotDatabase(cli.Target);
        await using var db = database.CreateContext();
        return (cli, database, await db.Organisations.Where(o => o.Slug == "mas").Select(o => o.Id).SingleAsync(Ct));
    }

    private static string Folder(params (string Path, string Text)[] files)
    {
        var root = Directory.CreateTempSubdirectory("depot-ingest-").FullName;
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return root;
    }

    private static Task<CliResult> RunAsync(CliRunner cli, DepotDatabase database, params string[] args) => RunAsync(cli, database, args, null, null);

    /// <summary>Runs the real command on the depot's own ingest; to test Ctrl-C, a Ctrl+C after a number of files (see <see cref="CancelAfterFiles"/>).</summary>
    private static async Task<CliResult> RunAsync(CliRunner cli, DepotDatabase database, string[] args, int? cancelAfter, CancellationTokenSource? cancel)
    {
        using var output = new StringWriter();
        var console = CliConsole.Captured(output);
        if (cancelAfter is not null)
            console.ServiceOverrides = s => CancelAfterFiles.Around(s, cancelAfter.Value, cancel!);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(Ct, cancel?.Token ?? CancellationToken.None);
        var exit = await DepotCli.RunAsync([.. args, "--database", cli.Target.ConnectionString], console, linked.Token);
        return new CliResult(exit, output.ToString());
    }
}
