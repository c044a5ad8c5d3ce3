using System.IO.Compression;
using System.Text;
using Depot.Cli.Tests.Support;

namespace Depot.Cli.Tests.Commands;

public sealed class FormatsCommandTests
{
    [Fact]
    public async Task Formats_names_the_signature_files_found_in_the_data_folder_and_identify_lists_each_file()
    {
        var cli = CliRunner.OnNewSqlite();
        var data = Path.GetDirectoryName(cli.Target.SqliteFile)!;
        // The data folder's pronom/ is where the server looks first (beside depot/, next to the database).
        Directory.CreateDirectory(Path.Combine(data, "pronom"));
        foreach (var name in new[] { "DROID_SignatureFile_V118.xml", "container-signature-20240501.xml" })
            File.Copy(ReferenceData.Require(Path.Combine("pronom", name)), Path.Combine(data, "pronom", name));
        var files = Directory.CreateDirectory(Path.Combine(data, "in"));
        await File.WriteAllBytesAsync(Path.Combine(files.FullName, "brief.docx"), Docx(), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(files.FullName, "foto.gif"), [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x3B], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(files.FullName, "raadsel.qqq"), "?", TestContext.Current.CancellationToken);

        var formats = await cli.SucceedAsync("formats", "--lang", "en");
        var identify = await cli.SucceedAsync("formats", "identify", files.FullName, "--lang", "en");

        Assert.Contains("Signatures: DROID V118 / container 20240501", formats.Output);
        Assert.Contains(Path.Combine(data, "pronom", "DROID_SignatureFile_V118.xml"), formats.Output);
        Assert.Matches(@"brief\.docx\s*│\s*fmt/412\s*│\s*Microsoft Word for Windows", identify.Output);
        Assert.Matches(@"foto\.gif\s*│\s*fmt/4\s*│\s*Graphics Interchange Format 89a\s*│\s*image/gif\s*│\s*signature", identify.Output);
        Assert.Matches(@"raadsel\.qqq\s*│\s*│\s*│\s*application/octet-stream\s*│\s*none", identify.Output);
    }

    [Fact]
    public async Task Identify_refuses_a_path_that_does_not_exist()
    {
        var result = await CliRunner.OnNewSqlite().RunAsync("formats", "identify", "/nergens/bestand.pdf", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Not found: /nergens/bestand.pdf", result.Output);
    }

    private static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
                types.Write(Encoding.UTF8.GetBytes("""<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""));
            using var body = zip.CreateEntry("word/document.xml").Open();
            body.Write("<w:document/>"u8);
        }
        return buffer.ToArray();
    }
}
