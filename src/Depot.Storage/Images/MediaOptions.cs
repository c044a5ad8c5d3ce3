namespace Depot.Storage.Images;

/// <summary>Where object images are kept and how large one may be (section <c>Depot:Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Depot:Media";

    /// <summary>The media folder; empty: <c>media</c> beside the SQLite database, or <c>data/media</c>.</summary>
    public string Directory { get; set; } = "";

    /// <summary>The largest image accepted (default 100 MB): uploads are streamed to disk, so size costs disk, not memory.</summary>
    public long MaxImageBytes { get; set; } = 100L * 1024 * 1024;
}
