using System.IO.Compression;
using System.Text;
using Depot.Preservation.Packages;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Depot.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Packages;

public sealed class PackageRoundTripTests
{
    [Fact]
    public async Task Exported_bag_is_valid_and_imports_elsewhere_with_the_same_bytes_and_checksums()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var source = await PreservationApp.StartAsync(ct);
        var museum = await source.CreateOrganisationAsync("museum", ct);
        var mill = await source.CreateObjectAsync(museum, "2026/001", "Molen", ct);
        var chest = await source.CreateObjectAsync(museum, "2026/002", "Kist", ct);
        await source.CreateObjectAsync(museum, "2026/003", "Zonder bestanden", ct);
        var front = await source.AddFileAsync(museum, mill.Id, "molen voor.tif", Encoding.UTF8.GetBytes("front of the mill"), ct);
        var back = await source.AddFileAsync(museum, mill.Id, "molen%achter.tif", Encoding.UTF8.GetBytes("back of the mill"), ct);
        var lid = await source.AddFileAsync(museum, chest.Id, "kist.tif", Encoding.UTF8.GetBytes("the chest's lid"), ct);
        var zip = Path.Combine(source.Folder, "bag.zip");

        await using (var output = File.Create(zip))
        {
            var summary = await source.Service<PackageExport>().WriteAsync(museum.Id, ObjectScope.WholeOrganisation, PackageFormat.BagIt, output, "museum-bag", null, ct);
            Assert.Equal((3, 3), (summary.Objects, summary.Files));
        }

        var unpacked = Path.Combine(source.Folder, "unpacked");
        ZipFile.ExtractToDirectory(zip, unpacked);
        var bag = Path.Combine(unpacked, "museum-bag");
        var verdict = await BagValidator.ValidateAsync(bag, ct);
        Assert.True(verdict.IsValid, string.Join("; ", verdict.Problems));
        Assert.Contains(verdict.Info, i => i.Key == "Source-Organization" && i.Value == "Museum museum");
        Assert.Contains(verdict.Info, i => i.Key == "Payload-Oxum");
        Assert.True(File.Exists(Path.Combine(bag, "manifest-sha256.txt")) && File.Exists(Path.Combine(bag, "tagmanifest-md5.txt")));
        var lido = await File.ReadAllTextAsync(Path.Combine(bag, "data/objects/2026_001/lido.xml"), ct);
        Assert.Contains("Molen", lido, StringComparison.Ordinal);
        var premis = await File.ReadAllTextAsync(Path.Combine(bag, "data/objects/2026_001/premis/molen voor.tif.xml"), ct);
        Assert.Contains(front.Sha256, premis, StringComparison.Ordinal);
        Assert.Equal("front of the mill", await File.ReadAllTextAsync(Path.Combine(bag, "data/objects/2026_001/files/molen voor.tif"), ct));

        await using var target = await PreservationApp.StartAsync(ct);
        var archive = await target.CreateOrganisationAsync("archief", ct);
        var mill2 = await target.CreateObjectAsync(archive, "2026/001", "Molen", ct);
        var chest2 = await target.CreateObjectAsync(archive, "2026/002", "Kist", ct);
        var result = await target.Service<BagImport>().ImportAsync(archive.Id, zip, Actor.System, null, ct);

        Assert.True(result.Verdict.IsValid);
        Assert.Equal((3, 0), (result.Ingested, result.Duplicates));
        Assert.Empty(result.Refused);
        await using var db = target.Service<DepotDatabase>().CreateContext();
        var imported = await db.DigitalFiles.Where(f => f.OrganisationId == archive.Id).OrderBy(f => f.FileName).ToListAsync(ct);
        Assert.Equal(
            // The bag's MD5 manifest is computed from the bytes when the bag is written, and the import verifies and keeps it.
            [("kist.tif", lid.Sha256, Md5Of("the chest's lid"), chest2.Id), ("molen voor.tif", front.Sha256, Md5Of("front of the mill"), mill2.Id),
             ("molen_achter.tif", back.Sha256, Md5Of("back of the mill"), mill2.Id)],
            imported.Select(f => (f.FileName, f.Sha256, f.Md5, f.ObjectId!.Value)));
        foreach (var file in imported)
            Assert.Equal(await source.ReadContentAsync(file.Sha256, ct), await target.ReadContentAsync(file.Sha256, ct));
    }

    [Fact]
    public async Task Invalid_bag_ingests_nothing_and_says_why()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct);
        var museum = await app.CreateOrganisationAsync("museum", ct);
        var zip = Path.Combine(app.Folder, "tampered.zip");
        await using (var output = File.Create(zip))
        await using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
        {
            Entry(archive, "bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            Entry(archive, "bag/manifest-sha256.txt", "0000000000000000000000000000000000000000000000000000000000000000  data/a.txt\n");
            Entry(archive, "bag/data/a.txt", "changed on the way");
        }

        var result = await app.Service<BagImport>().ImportAsync(museum.Id, zip, Actor.System, null, ct);

        Assert.False(result.Verdict.IsValid);
        Assert.Contains(result.Verdict.Problems, p => p.Code == "checksum-mismatch" && p.MessageNl.Contains("data/a.txt", StringComparison.Ordinal));
        Assert.Equal(0, result.Ingested);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.False(await db.DigitalFiles.AnyAsync(ct));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(app.Folder, "work", "packages")));
    }

    internal static void Entry(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string Md5Of(string text) => Md5ForTests.Hex(Encoding.UTF8.GetBytes(text));
}
