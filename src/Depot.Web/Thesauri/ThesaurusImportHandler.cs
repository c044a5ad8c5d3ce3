using System.Globalization;
using System.Text;
using Depot.Interchange.Skos;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Records;

namespace Depot.Web.Thesauri;

/// <summary>Runs <c>thesaurus.import</c>: reads the uploaded file from the payload and imports it, reporting progress.</summary>
public sealed class ThesaurusImportHandler(SkosImporter importer) : IJobHandler
{
    public string Kind => ThesaurusImports.JobKind;

    public static string Summary(SkosImportReport r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.SchemeTitle}: {r.Created} nieuw, {r.Updated} bijgewerkt, {r.Unchanged} ongewijzigd, {r.Warnings.Count} waarschuwingen");

    public async Task RunAsync(BackgroundJob job, IJobProgress progress, CancellationToken ct)
    {
        if (job.OrganisationId is not long organisationId)
            throw new InvalidOperationException("A thesaurus.import job needs an organisation.");
        var payload = DepotJson.Deserialize<ThesaurusImportPayload>(job.Payload);
        await progress.ReportAsync(0, null, "bestand lezen", ct);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(payload.Content));
        var doc = SkosFile.Read(stream, payload.FileName);
        var report = await importer.ImportAsync(organisationId, doc, new SkosImportOptions(payload.SchemeId, payload.Purpose, Path.GetFileNameWithoutExtension(payload.FileName)),
            new Actor(payload.UserId, payload.UserName), ct,
            (done, total, c) => progress.ReportAsync(done, total, string.Create(CultureInfo.InvariantCulture, $"{done} / {total} concepten"), c));
        // The worker keeps the last progress message: it carries the report's figures.
        await progress.ReportAsync(report.Total, report.Total, Summary(report), ct);
    }
}
