using System.Net;

namespace Depot.Preservation.Tests.Upload;

/// <summary>A request body that sends its first bytes and then breaks, as a dropped connection does.</summary>
internal sealed class BreakingContent(byte[] bytes, int breakAfter) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(bytes.AsMemory(0, breakAfter));
        await stream.FlushAsync();
        throw new IOException("The connection broke (test).");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
