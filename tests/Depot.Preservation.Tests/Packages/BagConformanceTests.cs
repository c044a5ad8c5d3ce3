using Depot.Preservation.Packages;

namespace Depot.Preservation.Tests.Packages;

/// <summary>The Library of Congress BagIt conformance suite (<c>../shared/data/bagit</c>): every valid bag passes, every invalid one fails for its reason.</summary>
public sealed class BagConformanceTests
{
    [Theory]
    [InlineData("v1.0/valid/basicBag")]
    [InlineData("v0.97/valid/ISO-8859-1-encoded-tag-files")]
    [InlineData("v0.97/valid/UTF-16-encoded-tag-files")]
    [InlineData("v0.97/valid/bag-in-a-bag")]
    [InlineData("v0.97/valid/bag-with-encoded-names")]
    [InlineData("v0.97/valid/bag-with-escapable-characters")]
    [InlineData("v0.97/valid/bag-with-leading-dot-slash-in-manifest")]
    [InlineData("v0.97/valid/bag-with-space")]
    [InlineData("v0.97/valid/basic-bag")]
    [InlineData("v0.97/valid/duplicate-metadata-entries")]
    [InlineData("v0.97/valid/holey-bag")]
    [InlineData("v0.97/valid/minimal-bag")]
    [InlineData("v0.97/valid/uncommon-metadata-separators")]
    public async Task Valid_bag_of_the_suite_passes(string bag)
    {
        var root = Path.GetDirectoryName(ReferenceData.Require($"bagit/{bag}/bagit.txt"))!;

        var verdict = await BagValidator.ValidateAsync(root, TestContext.Current.CancellationToken);

        Assert.True(verdict.IsValid, string.Join("; ", verdict.Problems));
        Assert.NotEmpty(verdict.Payload);
        Assert.All(verdict.Payload, p => Assert.StartsWith("data/", p.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("v1.0/invalid/bagit-with-invalid-whitespace", "bad-declaration")]
    [InlineData("v1.0/invalid/notAllManifestsListAllFiles", "not-in-manifest")]
    [InlineData("v1.0/invalid/same-filename-listed-twice-with-different-hashes", "manifest-duplicate")]
    [InlineData("v1.0/invalid/same-filename-listed-twice-with-the-same-hash", "manifest-duplicate")]
    public async Task Invalid_bag_of_the_suite_fails_with_its_reason(string bag, string reason)
    {
        var root = Path.GetDirectoryName(ReferenceData.Require($"bagit/{bag}/bagit.txt"))!;

        var verdict = await BagValidator.ValidateAsync(root, TestContext.Current.CancellationToken);

        Assert.False(verdict.IsValid);
        Assert.Contains(verdict.Problems, p => p.Code == reason);
        Assert.All(verdict.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.MessageNl)));
    }

    [Fact]
    public async Task Sha224_manifest_is_checked_not_skipped()
    {
        var source = Path.GetDirectoryName(ReferenceData.Require("bagit/v0.97/valid/uncommon-metadata-separators/bagit.txt"))!;
        var copy = Directory.CreateTempSubdirectory("depot-bag-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal);
        }
        await File.AppendAllTextAsync(Path.Combine(copy, "data", "README"), "!", TestContext.Current.CancellationToken);

        var verdict = await BagValidator.ValidateAsync(copy, TestContext.Current.CancellationToken);

        Assert.Contains(verdict.Problems, p => p.Code == "checksum-mismatch" && p.MessageEn.Contains("sha224", StringComparison.Ordinal));
        Directory.Delete(copy, recursive: true);
    }
}
