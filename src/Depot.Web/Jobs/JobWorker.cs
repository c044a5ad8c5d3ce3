using Depot.Storage.Jobs;
using Depot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Depot.Web.Jobs;

/// <summary>
/// Polls the job queue and runs one job at a time with the handler for its kind. Every server
/// process may run a worker: the queue makes sure each job is claimed by one of them.
/// </summary>
public sealed class JobWorker(JobQueue queue, IEnumerable<IJobHandler> handlers, IOptions<JobOptions> options,
    DepotHostOptions host, ILogger<JobWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, IJobHandler> byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);
    private readonly JobOptions timing = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Job worker {Worker} runs {Kinds}", host.InstanceName, string.Join(", ", byKind.Keys));
        try
        {
            // The first look for work waits one poll interval, so it does not compete for the CPU
            // with the server's own start-up and first requests.
            await Task.Delay(timing.PollInterval, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            BackgroundJob? job = null;
            try
            {
                job = await queue.ClaimAsync(host.InstanceName, byKind.Keys, timing.Lease, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The database may be restarting: keep polling rather than stopping the worker for good.
                logger.LogWarning(e, "Could not claim a job; trying again");
            }
            if (job is not null)
            {
                await RunAsync(job, stoppingToken);
                continue;
            }
            try
            {
                await Task.Delay(timing.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunAsync(BackgroundJob job, CancellationToken stoppingToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = new LeasedProgress(queue, job.Id, host.InstanceName, timing.Lease, run);
        var renewing = RenewUntilDoneAsync(progress, run.Token);
        logger.LogInformation("Job {Id} ({Kind}) started, attempt {Attempt}", job.Id, job.Kind, job.Attempts);
        try
        {
            await byKind[job.Kind].RunAsync(job, progress, run.Token);
            await queue.SucceedAsync(job.Id, host.InstanceName, progress.Result, CancellationToken.None);
            logger.LogInformation("Job {Id} ({Kind}) succeeded", job.Id, job.Kind);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await queue.ReleaseAsync(job.Id, host.InstanceName, CancellationToken.None);
            logger.LogInformation("Job {Id} put back in the queue: this process is stopping", job.Id);
        }
        catch (OperationCanceledException) when (progress.LeaseLost)
        {
            logger.LogWarning("Job {Id} stopped: another process took it over after the lease ran out", job.Id);
        }
#pragma warning disable CA1031 // A failing handler must fail its job, whatever it threw, and never stop the worker.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Job {Id} ({Kind}) failed", job.Id, job.Kind);
            await queue.FailAsync(job.Id, host.InstanceName, e.Message, CancellationToken.None);
        }
        finally
        {
            await run.CancelAsync();
            await renewing;
        }
    }

    private async Task RenewUntilDoneAsync(LeasedProgress progress, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(timing.Lease / 3, ct);
                await progress.RenewAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return; // The job finished, was stopped or lost its lease: nothing left to renew.
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                logger.LogWarning(e, "Could not renew the lease of job {Id}; trying again", progress.JobId);
            }
        }
    }

    /// <summary>Progress reports and lease renewals for one running job; losing the lease cancels the job here.</summary>
    private sealed class LeasedProgress(JobQueue queue, long jobId, string worker, TimeSpan lease, CancellationTokenSource run) : IJobProgress
    {
        public long JobId => jobId;
        public bool LeaseLost { get; private set; }

        public string Result { get; set; } = "";

        public async Task ReportAsync(long done, long? total, string message, CancellationToken ct) =>
            Check(await queue.ReportAsync(jobId, worker, done, total, message, lease, ct));

        public async Task RenewAsync(CancellationToken ct) => Check(await queue.RenewAsync(jobId, worker, lease, ct));

        private void Check(bool held)
        {
            if (held) return;
            LeaseLost = true;
            run.Cancel();
            run.Token.ThrowIfCancellationRequested();
        }
    }
}
