namespace Depot.Preservation.Derivatives;

/// <summary>libvips' process-wide settings, set once before the first image is touched.</summary>
internal static class LibVips
{
    private static readonly Lock Gate = new();
    private static bool configured;

    /// <summary>
    /// No operation cache: every tile and pyramid is a different image, so a cache only holds
    /// decoded pixels that are never asked for again (memory, not speed). Untrusted loaders
    /// (ImageMagick, PDF, …, never audited for hostile input) are blocked: the depot reads files
    /// anyone may upload.
    /// </summary>
    public static void Configure()
    {
        lock (Gate)
        {
            if (configured) return;
            NetVips.Cache.Max = 0;
            NetVips.Cache.MaxFiles = 0;
            NetVips.Cache.MaxMem = 0;
            NetVips.NetVips.BlockUntrusted = true;
            configured = true;
        }
    }
}
