using System.Text;
using Depot.Core.Registration.Authorities;
using Depot.Interchange.Skos;
using Depot.Storage.Database;
using Depot.Storage.Jobs;
using Depot.Storage.Records;

namespace Depot.Web.Thesauri;

/// <summary>What a thesaurus import job carries: the file itself (durable with the job) and the options.</summary>
public sealed record ThesaurusImportPayload(string FileName, string Content, long? SchemeId, ThesaurusPurpose? Purpose, long? UserId, string UserName);

/// <summary>
/// Starts a SKOS import from an upload: small files are imported at once and answer with the
/// report; larger ones become a <c>thesaurus.import</c> background job with progress.
/// </summary>
public sealed class ThesaurusImports(SkosImporter importer, JobQueue jobs)
{
    public const string JobKind = "thesaurus.import";

    /// <summary>Largest upload accepted by the form and the API.</summary>
    public const long MaxUploadBytes = 32L * 1024 * 1024;

    /// <summary>Up to this size the import runs inside the request.</summary>
    public const long InlineBytes = 1024 * 1024;

    public sealed record Started(SkosImportReport? Report, BackgroundJob? Job);

    public async Task<Started> StartAsync(long organisationId, string fileName, Stream content, long length, SkosImportOptions options,
        Actor actor, CancellationToken ct)
    {
        if (length <= InlineBytes)
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var doc = SkosFile.Read(buffer, fileName);
            return new Started(await importer.ImportAsync(organisationId, doc, options, actor, ct), null);
        }
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(ct);
        var payload = new ThesaurusImportPayload(fileName, text, options.SchemeId, options.Purpose, actor.UserId, actor.Name);
        return new Started(null, await jobs.EnqueueAsync(JobKind, organisationId, DepotJson.Serialize(payload), ct));
    }
}
