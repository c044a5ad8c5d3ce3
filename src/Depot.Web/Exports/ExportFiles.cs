using Depot.Storage.Database;
using Depot.Web.Hosting;

namespace Depot.Web.Exports;

/// <summary>
/// Where finished background exports are kept: <c>Depot:Exports:Directory</c>, by default an
/// <c>exports</c> folder beside the SQLite database (or <c>data/exports</c> with PostgreSQL), one
/// subfolder per organisation, one file per job.
/// </summary>
public sealed class ExportFiles(DepotHostOptions host, IConfiguration configuration)
{
    public string Root { get; } = configuration["Depot:Exports:Directory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(
            host.Database.Engine == DatabaseEngine.Sqlite && Path.GetDirectoryName(host.Database.SqliteFile) is { Length: > 0 } folder ? folder : "data",
            "exports"));

    /// <summary>The file of one job; the path is built from ids only, never from input text.</summary>
    public string PathOf(long organisationId, long jobId, string extension) =>
        Path.Combine(Root, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            jobId.ToString(System.Globalization.CultureInfo.InvariantCulture) + extension);
}
