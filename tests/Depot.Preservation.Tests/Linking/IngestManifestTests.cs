using System.Text;
using Depot.Preservation.Linking;

namespace Depot.Preservation.Tests.Linking;

public sealed class IngestManifestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<IngestManifest> Read(string text) => IngestManifest.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), Ct);

    [Fact]
    public async Task Dutch_headers_with_semicolons_match_by_path_and_by_name()
    {
        var manifest = await Read("\uFEFFObjectnummer;Bestand\n2024.001;scans/voorzijde.tif\n2024.002;\"achter;zijde.tif\"\n");

        Assert.Equal("2024.001", manifest.NumberFor("scans/voorzijde.tif"));
        Assert.Equal("2024.002", manifest.NumberFor("andere/map/ACHTER;ZIJDE.TIF"));
        Assert.Null(manifest.NumberFor("niet-vermeld.tif"));
        Assert.Empty(manifest.Unmatched);
    }

    [Fact]
    public async Task English_headers_with_commas_report_unmatched_and_unreadable_rows()
    {
        var manifest = await Read("file,object_number\na.jpg,M.1\nb.jpg,\n,M.3\nc.jpg,M.4\n");

        Assert.Equal("M.1", manifest.NumberFor("a.jpg"));
        Assert.Equal([5], manifest.Unmatched.Select(r => r.Line));
        Assert.Equal([3, 4], manifest.Problems.Select(p => p.Line));
        Assert.Equal("no object number", manifest.Problems[0].En);
    }

    [Fact]
    public async Task Manifest_without_the_two_columns_is_refused_in_both_languages()
    {
        var error = await Assert.ThrowsAsync<ManifestException>(() => Read("naam;nummer\na;b\n"));

        Assert.Contains("bestand", error.MessageNl, StringComparison.Ordinal);
        Assert.Contains("object_number", error.MessageEn, StringComparison.Ordinal);
    }
}
