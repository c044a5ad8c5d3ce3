using System.Globalization;
using Depot.Storage.Database;
using Depot.Storage.Importing;
using Depot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Depot.Web.Importing;

/// <summary>Where an upload and its reports lie in the data directory: <c>{organisation}/{upload key}/…</c>, never a name from input.</summary>
public sealed class ImportFiles(IOptions<ImportFileOptions> options, DepotHostOptions host)
{
    public string Root { get; } = Path.GetFullPath(options.Value.Directory.Length > 0 ? options.Value.Directory : DefaultRoot(host.Database));

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>A new folder for one upload of the organisation, and the stored file's path relative to <see cref="Root"/>.</summary>
    public string NewStoredPath(long organisationId, string extension) =>
        Path.Combine(organisationId.ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"), "upload" + extension);

    public string FullPath(string storedPath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, storedPath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("An import path points outside the imports directory.");
        return full;
    }

    /// <summary>The report of the dry run or of the import, beside the file.</summary>
    public string ReportPath(ImportUpload upload, bool dryRun) =>
        Path.Combine(Path.GetDirectoryName(FullPath(upload.StoredPath))!, dryRun ? "check.jsonl" : "import.jsonl");

    /// <summary>
    /// The uploaded name without folders or characters that mean something to a file system or a
    /// terminal ("../../etc/passwd" becomes "passwd"); only for screens and messages, never a path.
    /// </summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var chars = name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*')).ToArray();
        name = new string(chars).Trim().TrimStart('.');
        if (name.Length > 200) name = name[..100] + name[^100..];
        return name.Length == 0 ? "upload" : name;
    }

    private static string DefaultRoot(DatabaseTarget database) =>
        database.SqliteFile is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder
            ? Path.Combine(folder, "imports")
            : Path.Combine("data", "imports");
}
