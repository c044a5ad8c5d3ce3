namespace Depot.Network.Tests.Support;

/// <summary>Progress reports of a harvest, kept for assertions.</summary>
internal sealed class TestProgress : Depot.Storage.Jobs.IJobProgress
{
    public List<string> Messages { get; } = [];

    public string Result { get; set; } = "";

    public Task ReportAsync(long done, long? total, string message, CancellationToken ct)
    {
        Messages.Add(message);
        return Task.CompletedTask;
    }
}
