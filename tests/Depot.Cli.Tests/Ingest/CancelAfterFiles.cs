using Depot.Preservation.Ingest;
using Depot.Storage.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Depot.Cli.Tests.Ingest;

/// <summary>
/// The depot's real ingest, with a Ctrl+C pressed as the file after <c>after</c> starts: a fixed point
/// in the run, so the test does not race the command. Every file that gets through is the real
/// ingest's work (hashes, replicas, rows, events).
/// </summary>
internal sealed class CancelAfterFiles(IFileIngest real, int after, CancellationTokenSource cancel) : IFileIngest
{
    private int seen;

    public async Task<IngestResult> IngestAsync(long organisationId, IngestRequest request, Stream content, Actor actor, CancellationToken ct)
    {
        if (++seen > after)
        {
            await cancel.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }
        return await real.IngestAsync(organisationId, request, content, actor, ct);
    }

    /// <summary>Wraps the ingest the CLI registered (a factory) in the services it builds.</summary>
    public static void Around(IServiceCollection services, int after, CancellationTokenSource cancel)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IFileIngest));
        var factory = registered.ImplementationFactory ?? throw new InvalidOperationException("The CLI registers its ingest through a factory.");
        services.Remove(registered);
        services.AddSingleton<IFileIngest>(sp => new CancelAfterFiles((IFileIngest)factory(sp), after, cancel));
    }
}
