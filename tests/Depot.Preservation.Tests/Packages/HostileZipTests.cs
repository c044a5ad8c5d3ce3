using System.IO.Compression;
using Depot.Preservation.Packages;
using Depot.Preservation.Tests.Support;
using Depot.Storage.Database;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Depot.Preservation.Tests.Packages;

public sealed class HostileZipTests
{
    [Theory]
    [InlineData("../evil.txt", "unsafe-path")]
    [InlineData("bag/../../evil.txt", "unsafe-path")]
    [InlineData("/etc/evil.txt", "unsafe-path")]
    [InlineData("C:/evil.txt", "unsafe-path")]
    [InlineData("bag\\..\\evil.txt", "unsafe-path")]
    public async Task Zip_slip_and_absolute_paths_are_refused_before_anything_is_written(string name, string code)
    {
        var folder = Directory.CreateTempSubdirectory("depot-zip-").FullName;
        var zip = Path.Combine(folder, "hostile.zip");
        await using (var output = File.Create(zip))
        await using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
        {
            PackageRoundTripTests.Entry(archive, "bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            PackageRoundTripTests.Entry(archive, name, "escaped");
        }
        var destination = Path.Combine(folder, "out", "unpacked");

        var refused = await Assert.ThrowsAsync<PackageRefusedException>(() => SafeUnzip.ExtractAsync(zip, destination, 1 << 20, 100, TestContext.Current.CancellationToken));

        Assert.Equal(code, refused.Problem.Code);
        Assert.Contains(name, refused.Problem.MessageNl, StringComparison.Ordinal);
        Assert.False(Directory.Exists(destination));
        Assert.False(File.Exists(Path.Combine(folder, "evil.txt")));
        Assert.False(File.Exists(Path.Combine(folder, "out", "evil.txt")));
    }

    [Fact]
    public async Task Symbolic_link_entry_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("depot-zip-").FullName;
        var zip = Path.Combine(folder, "link.zip");
        await using (var output = File.Create(zip))
        await using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
        {
            var link = archive.CreateEntry("bag/data/passwd");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            await using var stream = await link.OpenAsync(TestContext.Current.CancellationToken);
            await stream.WriteAsync("/etc/passwd"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var refused = await Assert.ThrowsAsync<PackageRefusedException>(() => SafeUnzip.ExtractAsync(zip, Path.Combine(folder, "out"), 1 << 20, 100, TestContext.Current.CancellationToken));

        Assert.Equal("symlink", refused.Problem.Code);
    }

    [Fact]
    public async Task Bomb_by_ratio_is_stopped_and_leaves_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("depot-zip-").FullName;
        var zip = Path.Combine(folder, "bomb.zip");
        await using (var output = File.Create(zip))
        await using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
        await using (var stream = await archive.CreateEntry("bag/data/zeros.bin", CompressionLevel.SmallestSize).OpenAsync(TestContext.Current.CancellationToken))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) await stream.WriteAsync(zeros, TestContext.Current.CancellationToken);
        }
        var destination = Path.Combine(folder, "out");

        var refused = await Assert.ThrowsAsync<PackageRefusedException>(() => SafeUnzip.ExtractAsync(zip, destination, 1L << 40, 100, TestContext.Current.CancellationToken));

        Assert.Equal("compression-ratio", refused.Problem.Code);
        Assert.Contains("zip-bom", refused.Problem.MessageNl, StringComparison.Ordinal);
        Assert.False(Directory.Exists(destination));
    }

    [Fact]
    public async Task Bomb_by_total_size_is_refused_by_import_and_ingests_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await PreservationApp.StartAsync(ct, s => s.AddSingleton(new PreservationOptions { MaxUnpackedBytes = 10_000, MaxCompressionRatio = 1000 }));
        var museum = await app.CreateOrganisationAsync("museum", ct);
        var zip = Path.Combine(app.Folder, "big.zip");
        await using (var output = File.Create(zip))
        await using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
        {
            PackageRoundTripTests.Entry(archive, "bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            PackageRoundTripTests.Entry(archive, "bag/data/big.txt", new string('x', 20_000));
        }

        var refused = await Assert.ThrowsAsync<PackageRefusedException>(() => app.Service<BagImport>().ImportAsync(museum.Id, zip, Actor.System, null, ct));

        Assert.Equal("too-large", refused.Problem.Code);
        await using var db = app.Service<DepotDatabase>().CreateContext();
        Assert.False(await db.DigitalFiles.AnyAsync(ct));
    }
}
