namespace Depot.Network.Harvesting;

/// <summary>
/// A harvest cannot go on: names the URL that failed and why, in Dutch and English (a timeout, a 500,
/// a redirect loop, a malformed page, a forbidden address). Pages written before it stay written, and
/// the next run resumes from the last good point.
/// </summary>
public sealed class HarvestFailedException(string url, string nl, string en, Exception? inner = null) : Exception(en, inner)
{
    public string Url { get; } = url;
    public string Nl { get; } = nl;
    public string En { get; } = en;
}
