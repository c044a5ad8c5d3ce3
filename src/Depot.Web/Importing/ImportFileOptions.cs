namespace Depot.Web.Importing;

/// <summary>Where uploaded import files and their reports are kept, and how large a file may be (section <c>Depot:Imports</c>).</summary>
public sealed class ImportFileOptions
{
    public const string Section = "Depot:Imports";

    /// <summary>The folder for uploads and reports; empty: <c>imports</c> beside the SQLite database, or <c>data/imports</c>.</summary>
    public string Directory { get; set; } = "";

    /// <summary>The largest file accepted (default 20 GB): uploads are streamed to disk, so size costs disk, not memory.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024 * 1024;

    /// <summary>
    /// The folder holding the LIDO XSD (lido-v1.1.xsd with its imports; also DEPOT_LIDO_SCHEMAS): when set, every
    /// imported LIDO record is checked against it and one that fails is refused. Empty: only LIDO's required elements are checked.
    /// </summary>
    public string LidoSchemas { get; set; } = "";
}
